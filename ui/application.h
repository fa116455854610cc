// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The composition root of the desktop application: creates the network engine, the Hub client and its cache, the
// main window and its pages, and wires them. `--smoke-test` opens the window, lets it paint, and exits 0;
// HUBLENS_REPORT_FIRST_PAINT=1 reports how long start-up took to the first painted frame, and exits.
namespace Application {
int run(int &argc, char **argv);
} // namespace Application
