// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/hubparse.h"

// Implementation in progress.
