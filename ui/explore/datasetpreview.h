// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "app/hub/hubclient.h"

class Banner;
class DvRowsModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// A paged look at a dataset through the dataset viewer: subset and split pickers, 100 rows at a time with their
// feature types, row counts and sizes.
class DatasetPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPreview)

public:
    explicit DatasetPreview(HubClient *client, QWidget *parent = nullptr);
    ~DatasetPreview() override;

    void setDataset(const QString &datasetId);
    void clear();
    DvRowsModel *rowsModel() const
    {
        return m_model;
    }
    qint64 offset() const
    {
        return m_offset;
    }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void loadRows();
    void updatePager();
    void onSplitChanged();
    void cancelCalls();

    HubClient *m_client;
    QString m_dataset;
    QList<DvSplit> m_splits;
    qint64 m_offset = 0;
    qint64 m_total = -1;
    QList<HubClient::CallId> m_calls;
    HubClient::CallId m_rowsCall = 0;
    QComboBox *m_config;
    QComboBox *m_split;
    QLabel *m_info;
    QPushButton *m_previous;
    QPushButton *m_next;
    Banner *m_banner;
    QTableView *m_table;
    DvRowsModel *m_model;
};
