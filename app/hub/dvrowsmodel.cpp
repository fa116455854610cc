// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/dvrowsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

DvRowsModel::DvRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DvRowsModel::~DvRowsModel() = default;

void DvRowsModel::setRows(const DvRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DvRowsModel::clear()
{
    setRows({});
}

int DvRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.rows.size());
}

int DvRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.features.size());
}

QString DvRowsModel::cellLink(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(u"src"_s).toString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject())
            return array.first().toObject().value(u"src"_s).toString();
    }
    return {};
}

QString DvRowsModel::cellText(const QJsonValue &value, const DvFeature &feature)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        if (!feature.classNames.isEmpty()) {
            const int label = value.toInt(-1);
            if (label >= 0 && label < feature.classNames.size())
                return u"%1 (%2)"_s.arg(feature.classNames.at(label)).arg(label);
        }
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) && std::abs(number) < 1e15
            ? QString::number(static_cast<qint64>(number))
            : QString::number(number, 'g', 10);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(u"src"_s)) {
            if (object.contains(u"width"_s))
                return tr("[image %1×%2]").arg(object.value(u"width"_s).toInt()).arg(object.value(u"height"_s).toInt());
            return tr("[file]");
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject() && array.first().toObject().contains(u"src"_s))
            return tr("[audio]");
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QVariant DvRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DvRow &row = m_rows.rows.at(index.row());
    const DvFeature &feature = m_rows.features.at(index.column());
    const QJsonValue value = row.cells.value(feature.name);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = cellText(value, feature);
        text.replace(u'\n', u' ');
        if (text.size() > kMaxDisplayChars)
            text = text.left(kMaxDisplayChars - 1) + u'…';
        if (row.truncatedCells.contains(feature.name))
            text += tr(" [truncated by the server]");
        return text;
    }
    case Qt::ToolTipRole: {
        const QString link = cellLink(value);
        if (!link.isEmpty())
            return link;
        const QString text = cellText(value, feature);
        return text.size() > kMaxDisplayChars || text.contains(u'\n') ? QVariant(text.left(8000)) : QVariant();
    }
    case LinkRole:
        return cellLink(value);
    case RawRole:
        return QVariant::fromValue(value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (value.isDouble() && feature.classNames.isEmpty() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DvRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.rows.size())
            return m_rows.rows.at(section).rowIndex;
        return {};
    }
    if (section < 0 || section >= m_rows.features.size())
        return {};
    const DvFeature &feature = m_rows.features.at(section);
    if (role == Qt::DisplayRole)
        return u"%1\n%2"_s.arg(feature.name, feature.typeName);
    if (role == Qt::ToolTipRole)
        return feature.classNames.isEmpty() ? feature.typeName
                                            : u"%1: %2"_s.arg(feature.typeName, feature.classNames.join(u", "_s));
    return {};
}
