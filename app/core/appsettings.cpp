// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/appsettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString HubEndpointKey = u"Hub/Endpoint"_s;
const QString DatasetsServerKey = u"Hub/DatasetsServer"_s;
const QString LanguageKey = u"General/Language"_s;
const QString ReviewerKey = u"Review/Reviewer"_s;
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
          QCoreApplication::organizationName(), QCoreApplication::applicationName()))
{
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QUrl AppSettings::urlValue(const QString &key) const
{
    const QUrl url(m_settings->value(key).toString());
    return isValidEndpoint(url) ? url : QUrl();
}

void AppSettings::setUrlValue(const QString &key, const QUrl &url)
{
    const QString text = url.isEmpty() ? QString() : url.toString();
    if (m_settings->value(key).toString() == text)
        return;
    if (text.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, text);
    Q_EMIT changed();
}

QUrl AppSettings::hubEndpoint() const
{
    return urlValue(HubEndpointKey);
}

void AppSettings::setHubEndpoint(const QUrl &url)
{
    setUrlValue(HubEndpointKey, url);
}

QUrl AppSettings::datasetsServer() const
{
    return urlValue(DatasetsServerKey);
}

void AppSettings::setDatasetsServer(const QUrl &url)
{
    setUrlValue(DatasetsServerKey, url);
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    if (language.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, language);
    Q_EMIT changed();
}

QString AppSettings::reviewer() const
{
    return m_settings->value(ReviewerKey).toString();
}

void AppSettings::setReviewer(const QString &name)
{
    if (name.trimmed() == reviewer())
        return;
    m_settings->setValue(ReviewerKey, name.trimmed());
    Q_EMIT changed();
}

QStringList AppSettings::seriesPalette()
{
    return {
        u"#0072b2"_s, u"#e69f00"_s, u"#009e73"_s, u"#d55e00"_s, u"#cc79a7"_s, u"#56b4e9"_s, u"#8a6d3b"_s, u"#7f7f7f"_s};
}

QString AppSettings::seriesColour(const QString &name, bool remember)
{
    return seriesColours({name}, remember).value(0);
}

QStringList AppSettings::seriesColours(const QStringList &names, bool remember)
{
    const int size = int(seriesPalette().size());
    m_settings->beginGroup(u"SeriesColours"_s);
    // Keys are percent-encoded: QSettings keys cannot hold '/' or '\\' literally.
    const auto keyOf = [](const QString &name) {
        return QString::fromLatin1(name.toUtf8().toPercentEncoding());
    };
    QList<int> indexes(names.size(), -1);
    QList<int> usedHere(size, 0); // how often each colour is already taken in this set
    for (qsizetype i = 0; i < names.size(); ++i) {
        bool ok = false;
        const int index = m_settings->value(keyOf(names.at(i))).toInt(&ok);
        if (ok) {
            indexes[i] = ((index % size) + size) % size;
            ++usedHere[indexes.at(i)];
        }
    }
    // A name seen for the first time takes the colour least used in this set, the first such in palette order: two
    // candidates shown together differ while the palette has colours to spare.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (indexes.at(i) >= 0)
            continue;
        const int index = int(std::min_element(usedHere.cbegin(), usedHere.cend()) - usedHere.cbegin());
        indexes[i] = index;
        ++usedHere[index];
        if (remember)
            m_settings->setValue(keyOf(names.at(i)), index);
    }
    m_settings->endGroup();
    QStringList colours;
    for (int index : std::as_const(indexes))
        colours.append(seriesPalette().at(index));
    return colours;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QUrl AppSettings::defaultHubEndpoint()
{
    return QUrl(u"https://huggingface.co"_s);
}

QUrl AppSettings::defaultDatasetsServer()
{
    return QUrl(u"https://datasets-server.huggingface.co"_s);
}

QString AppSettings::hubEndpointOverride()
{
    return qEnvironmentVariable("HF_ENDPOINT").trimmed();
}

QString AppSettings::datasetsServerOverride()
{
    return qEnvironmentVariable("HUBLENS_DATASETS_SERVER").trimmed();
}

bool AppSettings::isValidEndpoint(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty()
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}
