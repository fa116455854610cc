// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct SessionReport;

// The report as a PDF (A4): ReportHtml's page laid out by QTextDocument, its SVG charts rendered at print resolution.
// Needs a QGuiApplication (fonts); safe on the GUI thread only.
namespace ReportPdf {
bool write(const SessionReport &report, const QStringList &colours, const QString &path, QString *error);
} // namespace ReportPdf
