// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class TestServer;

// Makes a TestServer behave like the Hub and the dataset viewer at once (both on its root), for tests, benchmarks,
// demos and screenshots: every real recording in ../shared/fixtures is served at the URL it was recorded from (with
// its status and headers), /api/models and /api/datasets list generated items with cursor pagination, generated
// repos have info, a file tree and a card, and /api/whoami-v2 accepts the token kValidToken.
namespace FakeHub {
inline constexpr const char *kValidToken = "hf_loopbackTestToken0123456789";
void install(TestServer &server, int modelCount = 1000, int datasetCount = 200);
} // namespace FakeHub
