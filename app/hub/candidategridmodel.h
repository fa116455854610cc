// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include "app/hub/candidategrid.h"

// The candidate grid as a table: one row per attribute (the vertical header names it), one column per model (the
// horizontal header is its id). Follows a CandidateGrid. Display text is compact (1.2M, "3 days ago"); the tooltip
// has the exact value. DiffersRole is true on a row whose displayed values differ between the models that have one
// (loading and failed columns are left out; the status and revision rows never "differ"). A failed model shows
// its error in the Status row of its column.
class CandidateGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateGridModel)

public:
    enum class Attribute
    {
        Status,
        License,
        Gated,
        Parameters,
        ContextLength,
        Architecture,
        Quantisations,
        Providers, // how many serve it
        Provider, // one row per provider serving any of the models: price per 1M input / output tokens
        Downloads,
        Likes,
        LastModified,
        Revision
    };
    Q_ENUM(Attribute)

    enum Role
    {
        DiffersRole = Qt::UserRole, // bool, on cells and on the vertical header
        AttributeRole, // int(Attribute)
        ProviderRole, // QString: the provider of a Provider row
        StateRole, // int(CandidateGridEntry::State) of the column
        KnownRole // bool: the cell has a value that takes part in the comparison
    };
    Q_ENUM(Role)

    explicit CandidateGridModel(CandidateGrid *grid, QObject *parent = nullptr);
    ~CandidateGridModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(Attribute attribute, const QString &provider = {}) const; // -1 when absent
    bool rowDiffers(int row) const;
    int differingRowCount() const;
    QStringList providers() const; // the Provider rows, in order

    // Fixes "now" for relative dates (tests); invalid: the current time.
    void setNow(const QDateTime &now);

private:
    struct Row
    {
        Attribute attribute;
        QString provider;
    };
    struct Cell
    {
        QString text;
        QString toolTip;
        QString key; // what is compared
        bool known = false;
        bool number = false;
    };

    Cell cell(const Row &row, const CandidateGridEntry &entry) const;
    Cell providerCell(const QString &provider, const CandidateGridEntry &entry) const;
    QString rowName(const Row &row) const;
    QString rowToolTip(const Row &row) const;
    QString statusText(const CandidateGridEntry &entry, QString *toolTip) const;
    QString errorText(const HubError &error) const;
    QDateTime now() const;
    QList<Row> buildRows() const;
    void recompute();
    void onReset();
    void onEntryChanged(int index);

    QPointer<CandidateGrid> m_grid;
    QList<Row> m_rows;
    QList<bool> m_differs;
    QDateTime m_now;
};
