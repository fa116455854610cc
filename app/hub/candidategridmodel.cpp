// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/candidategridmodel.h"

#include <algorithm>

#include <QLocale>
#include <QSet>

#include "app/core/format.h"

using namespace Qt::StringLiterals;

namespace {

QString usd(double value)
{
    // Cheap models cost fractions of a cent per 1M tokens: keep a third decimal there.
    return u"$"_s + QLocale().toString(value, 'f', value > 0 && value < 0.1 ? 3 : 2);
}

QString exactNumber(qint64 value)
{
    return QLocale().toString(value);
}

const ProviderOffer *offerOf(const CandidateGridEntry &entry, const QString &provider)
{
    for (const ProviderOffer &offer : entry.offers) {
        if (offer.provider == provider)
            return &offer;
    }
    return nullptr;
}

const InferenceProviderEntry *mappingOf(const CandidateGridEntry &entry, const QString &provider)
{
    for (const InferenceProviderEntry &mapping : entry.mapping) {
        if (mapping.provider == provider)
            return &mapping;
    }
    return nullptr;
}

// The providers serving a model: the router's offers, then the Hub's mapping entries the router does not list.
QStringList providersOf(const CandidateGridEntry &entry)
{
    QStringList names;
    for (const ProviderOffer &offer : entry.offers)
        names.append(offer.provider);
    for (const InferenceProviderEntry &mapping : entry.mapping) {
        if (!names.contains(mapping.provider))
            names.append(mapping.provider);
    }
    return names;
}

} // namespace

CandidateGridModel::CandidateGridModel(CandidateGrid *grid, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grid(grid)
{
    connect(grid, &CandidateGrid::reset, this, &CandidateGridModel::onReset);
    connect(grid, &CandidateGrid::entryChanged, this, &CandidateGridModel::onEntryChanged);
    m_rows = buildRows();
    recompute();
}

CandidateGridModel::~CandidateGridModel() = default;

int CandidateGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid ? 0 : m_grid->count();
}

void CandidateGridModel::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime CandidateGridModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QList<CandidateGridModel::Row> CandidateGridModel::buildRows() const
{
    QList<Row> rows;
    for (Attribute attribute : {Attribute::Status, Attribute::License, Attribute::Gated, Attribute::Parameters,
             Attribute::ContextLength, Attribute::Architecture, Attribute::Quantisations, Attribute::Providers})
        rows.append({attribute, {}});
    QStringList providers;
    for (int i = 0; m_grid && i < m_grid->count(); ++i) {
        const CandidateGridEntry &entry = m_grid->entry(i);
        if (entry.state == CandidateGridEntry::State::Failed)
            continue;
        for (const QString &provider : providersOf(entry)) {
            if (!providers.contains(provider))
                providers.append(provider);
        }
    }
    providers.sort(Qt::CaseInsensitive);
    for (const QString &provider : std::as_const(providers))
        rows.append({Attribute::Provider, provider});
    for (Attribute attribute : {Attribute::Downloads, Attribute::Likes, Attribute::LastModified, Attribute::Revision})
        rows.append({attribute, {}});
    return rows;
}

void CandidateGridModel::recompute()
{
    m_differs.clear();
    for (const Row &row : std::as_const(m_rows)) {
        bool differs = false;
        if (m_grid && row.attribute != Attribute::Status && row.attribute != Attribute::Revision) {
            QSet<QString> keys;
            int known = 0;
            for (int i = 0; i < m_grid->count(); ++i) {
                const CandidateGridEntry &entry = m_grid->entry(i);
                if (entry.state == CandidateGridEntry::State::Failed)
                    continue;
                const Cell value = cell(row, entry);
                if (!value.known)
                    continue;
                ++known;
                keys.insert(value.key);
            }
            differs = known >= 2 && keys.size() > 1;
        }
        m_differs.append(differs);
    }
}

void CandidateGridModel::onReset()
{
    beginResetModel();
    m_rows = buildRows();
    recompute();
    endResetModel();
}

void CandidateGridModel::onEntryChanged(int index)
{
    const QList<Row> rows = buildRows();
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).attribute == m_rows.at(i).attribute && rows.at(i).provider == m_rows.at(i).provider;
    if (!sameRows) {
        // A provider appeared: the rows change shape. Grids are a handful of models, so a reset is cheap.
        beginResetModel();
        m_rows = rows;
        recompute();
        endResetModel();
        return;
    }
    recompute();
    if (m_rows.isEmpty() || columnCount() == 0)
        return;
    // Any column can change a row's difference flag, so the whole (small) table is refreshed.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, index, index);
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int CandidateGridModel::rowOf(Attribute attribute, const QString &provider) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attribute == attribute && m_rows.at(i).provider == provider)
            return i;
    }
    return -1;
}

bool CandidateGridModel::rowDiffers(int row) const
{
    return row >= 0 && row < m_differs.size() && m_differs.at(row);
}

int CandidateGridModel::differingRowCount() const
{
    return int(m_differs.count(true));
}

QStringList CandidateGridModel::providers() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (row.attribute == Attribute::Provider)
            names.append(row.provider);
    }
    return names;
}

QVariant CandidateGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_grid)
        return {};
    const Row &row = m_rows.at(index.row());
    const CandidateGridEntry &entry = m_grid->entry(index.column());
    switch (role) {
    case DiffersRole:
        return rowDiffers(index.row());
    case AttributeRole:
        return int(row.attribute);
    case ProviderRole:
        return row.provider;
    case StateRole:
        return int(entry.state);
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != KnownRole)
        return {};
    const Cell value = cell(row, entry);
    switch (role) {
    case Qt::DisplayRole:
        return value.text;
    case Qt::ToolTipRole:
        return value.toolTip.isEmpty() ? QVariant() : QVariant(value.toolTip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((value.number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case KnownRole:
        return value.known;
    default:
        return {};
    }
}

QVariant CandidateGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (!m_grid || section < 0 || section >= m_grid->count())
            return {};
        const CandidateGridEntry &entry = m_grid->entry(section);
        switch (role) {
        case Qt::DisplayRole:
            return entry.repoId;
        case Qt::ToolTipRole: {
            QString details;
            const QString status = statusText(entry, &details);
            return details.isEmpty() ? u"%1\n%2"_s.arg(entry.repoId, status)
                                     : u"%1\n%2\n%3"_s.arg(entry.repoId, status, details);
        }
        case StateRole:
            return int(entry.state);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return rowName(row);
    case Qt::ToolTipRole:
        return rowToolTip(row);
    case DiffersRole:
        return rowDiffers(section);
    case AttributeRole:
        return int(row.attribute);
    case ProviderRole:
        return row.provider;
    default:
        return {};
    }
}

QString CandidateGridModel::rowName(const Row &row) const
{
    switch (row.attribute) {
    case Attribute::Status:
        return tr("Status");
    case Attribute::License:
        return tr("License");
    case Attribute::Gated:
        return tr("Gated");
    case Attribute::Parameters:
        return tr("Parameters");
    case Attribute::ContextLength:
        return tr("Context length");
    case Attribute::Architecture:
        return tr("Architecture");
    case Attribute::Quantisations:
        return tr("Quantised sizes");
    case Attribute::Providers:
        return tr("Inference providers");
    case Attribute::Provider:
        return u"    "_s + row.provider; // indented under "Inference providers"
    case Attribute::Downloads:
        return tr("Downloads (30 days)");
    case Attribute::Likes:
        return tr("Likes");
    case Attribute::LastModified:
        return tr("Last modified");
    case Attribute::Revision:
        return tr("Revision");
    }
    return {};
}

QString CandidateGridModel::rowToolTip(const Row &row) const
{
    switch (row.attribute) {
    case Attribute::Status:
        return tr("Whether the model's metadata loaded, and how old cached values are");
    case Attribute::Quantisations:
        return tr("GGUF quantisations with their file sizes; otherwise the weights' data types and size");
    case Attribute::Providers:
        return tr("Inference providers serving the model (the Hub's mapping and the router's list)");
    case Attribute::Provider:
        return tr("%1: price per 1M input / output tokens (USD), from the Inference Providers router")
            .arg(row.provider);
    case Attribute::Revision:
        return tr("The commit the metadata describes");
    default:
        return rowName(row);
    }
}

QString CandidateGridModel::errorText(const HubError &error) const
{
    switch (error.kind) {
    case HubError::Kind::NotFound:
        return tr("Not found (or private)");
    case HubError::Kind::Gated:
        return tr("Gated: access not granted");
    case HubError::Kind::Unauthorized:
        return tr("Token rejected");
    case HubError::Kind::Forbidden:
        return tr("Access denied");
    case HubError::Kind::RateLimited:
        return error.retryAfterSeconds >= 0 ? tr("Rate-limited: retry in %1 s").arg(error.retryAfterSeconds)
                                            : tr("Rate-limited: retry later");
    case HubError::Kind::Offline:
        return tr("Offline: never fetched");
    case HubError::Kind::Network:
    case HubError::Kind::Tls:
    case HubError::Kind::Timeout:
        return tr("Network error");
    case HubError::Kind::Server:
        return tr("Server error");
    default:
        return tr("Could not load");
    }
}

QString CandidateGridModel::statusText(const CandidateGridEntry &entry, QString *toolTip) const
{
    QStringList details;
    const auto describe = [&details](const QString &what, const CandidateGridEntry::Part &part) {
        if (!part.done || !part.error.isError())
            return;
        QString line = u"%1: %2"_s.arg(what, part.error.message);
        if (part.error.status > 0)
            line += u" (HTTP %1)"_s.arg(part.error.status);
        if (!part.error.serverMessage.isEmpty() && part.error.serverMessage != part.error.message)
            line += u" — "_s + part.error.serverMessage;
        details.append(line);
    };
    describe(tr("Model info"), entry.infoPart);
    describe(tr("Files"), entry.filesPart);
    describe(tr("Provider mapping"), entry.mappingPart);
    describe(tr("Router"), entry.routerPart);
    QString text;
    if (entry.state == CandidateGridEntry::State::Loading) {
        text = tr("Loading…");
    } else if (entry.state == CandidateGridEntry::State::Failed) {
        text = errorText(entry.infoPart.error);
    } else {
        const QDateTime since = entry.cachedSince();
        if (since.isValid()) {
            const QString age = Format::relativeTime(since, now());
            text = entry.isOffline() ? tr("Offline · cached %1").arg(age) : tr("Cached %1").arg(age);
            details.prepend(
                tr("Cached values fetched %1").arg(QLocale().toString(since.toLocalTime(), QLocale::LongFormat)));
        } else {
            text = tr("Loaded");
        }
    }
    if (toolTip)
        *toolTip = details.join(u'\n');
    return text;
}

CandidateGridModel::Cell CandidateGridModel::providerCell(
    const QString &provider, const CandidateGridEntry &entry) const
{
    Cell out;
    if (!entry.routerPart.done || !entry.mappingPart.done) {
        out.text = entry.routerPart.done || entry.mappingPart.done ? QString() : tr("…");
        return out;
    }
    out.number = true;
    out.known = entry.routerPart.ok() || entry.mappingPart.ok();
    if (const ProviderOffer *offer = offerOf(entry, provider)) {
        const bool hasIn = offer->priceInputPerMillion.has_value();
        const bool hasOut = offer->priceOutputPerMillion.has_value();
        if (hasIn || hasOut) {
            out.text = u"%1 / %2"_s.arg(hasIn ? usd(*offer->priceInputPerMillion) : u"—"_s,
                hasOut ? usd(*offer->priceOutputPerMillion) : u"—"_s);
        } else {
            out.text = offer->status == u"live"_s ? tr("live, no price") : offer->status;
        }
        QStringList tip{tr("%1 serves %2 (%3)").arg(provider, entry.repoId, offer->status)};
        if (hasIn)
            tip.append(tr("Input: $%1 per 1M tokens").arg(*offer->priceInputPerMillion));
        if (hasOut)
            tip.append(tr("Output: $%1 per 1M tokens").arg(*offer->priceOutputPerMillion));
        if (offer->contextLength > 0)
            tip.append(tr("Context: %1 tokens").arg(exactNumber(offer->contextLength)));
        if (offer->throughput > 0)
            tip.append(tr("Throughput: %1 tokens/s").arg(QLocale().toString(offer->throughput, 'f', 1)));
        if (offer->firstTokenLatencyMs > 0)
            tip.append(tr("First token: %1 ms").arg(QLocale().toString(offer->firstTokenLatencyMs, 'f', 0)));
        out.toolTip = tip.join(u'\n');
    } else if (const InferenceProviderEntry *mapping = mappingOf(entry, provider)) {
        out.text = mapping->status.isEmpty() ? tr("listed") : mapping->status;
        out.toolTip = tr("%1 lists %2 as %3 for %4 (%5); the router gives no price for it")
                          .arg(provider, entry.repoId, mapping->providerId, mapping->task, mapping->status);
    } else {
        out.text = u"—"_s;
        out.toolTip = tr("%1 does not serve %2").arg(provider, entry.repoId);
    }
    out.key = out.text;
    return out;
}

CandidateGridModel::Cell CandidateGridModel::cell(const Row &row, const CandidateGridEntry &entry) const
{
    Cell out;
    if (row.attribute == Attribute::Status) {
        out.text = statusText(entry, &out.toolTip);
        return out;
    }
    if (entry.state == CandidateGridEntry::State::Failed)
        return out;
    if (row.attribute == Attribute::Provider)
        return providerCell(row.provider, entry);

    const bool hasInfo = entry.infoPart.done && entry.infoPart.ok();
    const ModelInfo &info = entry.info;
    const auto fromInfo = [&out, hasInfo](const QString &text, const QString &toolTip = {}) {
        if (!hasInfo)
            return;
        out.text = text;
        out.toolTip = toolTip;
        out.key = text;
        out.known = true;
    };
    switch (row.attribute) {
    case Attribute::License:
        fromInfo(info.license.isEmpty() ? u"—"_s : info.license);
        break;
    case Attribute::Gated: {
        QString text = info.gated == GatedMode::Off ? tr("No")
            : info.gated == GatedMode::Auto         ? tr("Yes (automatic)")
                                                    : tr("Yes (manual approval)");
        if (info.isPrivate)
            text += tr(", private");
        fromInfo(text);
        break;
    }
    case Attribute::Parameters: {
        QStringList tip;
        if (info.parameters > 0)
            tip.append(tr("%1 parameters").arg(exactNumber(info.parameters)));
        for (auto it = info.parametersByDtype.cbegin(); it != info.parametersByDtype.cend(); ++it)
            tip.append(u"%1: %2"_s.arg(it.key(), exactNumber(it.value())));
        fromInfo(info.parameters > 0 ? Format::parameters(info.parameters) : u"—"_s, tip.join(u'\n'));
        out.number = true;
        break;
    }
    case Attribute::ContextLength: {
        if (info.contextLength > 0) {
            fromInfo(exactNumber(info.contextLength),
                tr("%1 tokens (from the model's config)").arg(exactNumber(info.contextLength)));
        } else {
            qint64 longest = -1;
            for (const ProviderOffer &offer : entry.offers)
                longest = std::max(longest, offer.contextLength);
            fromInfo(longest > 0 ? exactNumber(longest) : u"—"_s,
                longest > 0 ? tr("%1 tokens (the longest a provider offers)").arg(exactNumber(longest)) : QString());
        }
        out.number = true;
        break;
    }
    case Attribute::Architecture: {
        QString text = info.architectures.join(u", "_s);
        if (text.isEmpty())
            text = info.gguf.value(u"architecture"_s).toString();
        if (text.isEmpty())
            text = info.modelType;
        fromInfo(text.isEmpty() ? u"—"_s : text,
            info.modelType.isEmpty() ? QString() : tr("Model type: %1").arg(info.modelType));
        break;
    }
    case Attribute::Quantisations: {
        if (!entry.filesPart.done) {
            out.text = tr("…");
            break;
        }
        out.number = true;
        if (!entry.filesPart.ok()) {
            out.text = u"—"_s;
            out.toolTip = tr("The file list could not be loaded: %1").arg(entry.filesPart.error.message);
            break;
        }
        QStringList lines;
        QStringList tip;
        for (const RepoFiles::GgufQuant &quant : entry.gguf) {
            lines.append(u"%1  %2"_s.arg(quant.quant, Format::bytes(quant.totalBytes)));
            tip.append(
                tr("%1: %2 bytes in %3").arg(quant.quant, exactNumber(quant.totalBytes), quant.files.join(u", "_s)));
        }
        if (lines.isEmpty()) {
            const QString dtypes = info.parametersByDtype.keys().join(u"/"_s);
            if (entry.safetensorsBytes > 0) {
                lines.append(dtypes.isEmpty() ? Format::bytes(entry.safetensorsBytes)
                                              : u"%1  %2"_s.arg(dtypes, Format::bytes(entry.safetensorsBytes)));
                tip.append(tr("No GGUF files; the safetensors weights take %1 bytes")
                               .arg(exactNumber(entry.safetensorsBytes)));
            } else {
                lines.append(u"—"_s);
                tip.append(tr("No GGUF or safetensors files"));
            }
        }
        out.text = lines.join(u'\n');
        out.toolTip = tip.join(u'\n');
        out.key = out.text;
        out.known = true;
        break;
    }
    case Attribute::Providers: {
        if (!entry.routerPart.done || !entry.mappingPart.done) {
            out.text = tr("…");
            break;
        }
        const QStringList names = providersOf(entry);
        int live = 0;
        for (const QString &name : names) {
            const ProviderOffer *offer = offerOf(entry, name);
            const InferenceProviderEntry *mapping = mappingOf(entry, name);
            if ((offer && offer->status == u"live"_s) || (!offer && mapping && mapping->status == u"live"_s))
                ++live;
        }
        out.text = names.isEmpty() ? tr("None") : tr("%1 live of %2").arg(live).arg(names.size());
        out.toolTip = names.join(u", "_s);
        if (entry.routerPart.error.isError() && !entry.routerPart.fromCache)
            out.toolTip += u"\n"_s + tr("Router: %1").arg(entry.routerPart.error.message);
        out.key = out.text;
        out.known = entry.routerPart.ok() || entry.mappingPart.ok();
        break;
    }
    case Attribute::Downloads:
        fromInfo(Format::compactCount(info.downloads),
            info.downloads >= 0 ? tr("%1 downloads in the last 30 days").arg(exactNumber(info.downloads)) : QString());
        out.number = true;
        break;
    case Attribute::Likes:
        fromInfo(Format::compactCount(info.likes),
            info.likes >= 0 ? tr("%1 likes").arg(exactNumber(info.likes)) : QString());
        out.number = true;
        break;
    case Attribute::LastModified:
        fromInfo(Format::relativeTime(info.lastModified, now()),
            info.lastModified.isValid()
                ? u"%1\n%2"_s.arg(QLocale().toString(info.lastModified.toLocalTime(), QLocale::LongFormat),
                    Format::isoDate(info.lastModified))
                : QString());
        out.key = info.lastModified.isValid() ? info.lastModified.date().toString(Qt::ISODate) : QString();
        out.number = true;
        break;
    case Attribute::Revision:
        fromInfo(info.sha.isEmpty() ? u"—"_s : info.sha.left(8), info.sha);
        break;
    case Attribute::Status:
    case Attribute::Provider:
        break;
    }
    return out;
}
