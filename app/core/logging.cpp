// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/logging.h"

Q_LOGGING_CATEGORY(lcNet, "hublens.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "hublens.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInference, "hublens.inference", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hublens.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEval, "hublens.eval", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hublens.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "hublens.ui", QtInfoMsg)
