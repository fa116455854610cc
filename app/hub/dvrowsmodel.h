// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "app/hub/hubtypes.h"

// One page of dataset-viewer rows as a table: a column per feature (header: name; tooltip: type), long cells elided
// with the full text in the tooltip, images and audio as links (LinkRole) rather than fetched.
class DvRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DvRowsModel)

public:
    enum Role
    {
        LinkRole = Qt::UserRole, // URL of an image or audio cell
        RawRole // the cell as QJsonValue
    };
    static constexpr int kMaxDisplayChars = 160;

    explicit DvRowsModel(QObject *parent = nullptr);
    ~DvRowsModel() override;

    void setRows(const DvRows &rows);
    void clear();
    const DvRows &rows() const
    {
        return m_rows;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellText(const QJsonValue &value, const DvFeature &feature); // full text of a cell
    static QString cellLink(const QJsonValue &value);

private:
    DvRows m_rows;
};
