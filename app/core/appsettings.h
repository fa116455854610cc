// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

// The user's preferences, typed, over an INI file: the platform config location in the app
// (~/.config/HubLens/HubLens.ini on Linux), any path in tests. Secrets never go here (SecretStore does that).
//
// Endpoints: the getters return what the user saved (an empty QUrl when nothing is saved: use the default). The
// environment still wins at run time (HF_ENDPOINT, HUBLENS_DATASETS_SERVER); *Override() tell the dialog so.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(QObject *parent = nullptr); // the platform location
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;

    QUrl hubEndpoint() const;
    void setHubEndpoint(const QUrl &url); // an empty QUrl forgets the saved value
    QUrl datasetsServer() const;
    void setDatasetsServer(const QUrl &url);
    QString language() const; // empty: the system language
    void setLanguage(const QString &language);
    QString reviewer() const; // the name the Review page signs judgments with; empty until chosen
    void setReviewer(const QString &name);

    // The colour of a candidate (a model, or "model @ endpoint") in every chart, legend and column header: given from
    // seriesPalette() the first time the name is seen (the colour least used among the names asked for together),
    // then kept between runs. "#rrggbb". With remember false (the command line), a name seen for the first time gets
    // the colour it would get, and nothing is saved.
    QString seriesColour(const QString &name, bool remember = true);
    QStringList seriesColours(const QStringList &names, bool remember = true);
    // Colour-blind-safe colours (Okabe & Ito, 2008, without the yellow) that read on light and dark backgrounds.
    static QStringList seriesPalette();

    QString fileName() const;
    void sync();

    static QUrl defaultHubEndpoint(); // https://huggingface.co
    static QUrl defaultDatasetsServer(); // https://datasets-server.huggingface.co
    static QString hubEndpointOverride(); // HF_ENDPOINT when set, else empty
    static QString datasetsServerOverride(); // HUBLENS_DATASETS_SERVER when set, else empty
    // http or https with a host, nothing else (no user info, query or fragment).
    static bool isValidEndpoint(const QUrl &url);

Q_SIGNALS:
    void changed();

private:
    QUrl urlValue(const QString &key) const;
    void setUrlValue(const QString &key, const QUrl &url);

    std::unique_ptr<QSettings> m_settings;
};
