#pragma once

#include "messagesink.h"

// The messages the windows gave in this test program (see keptmessages.cpp).
prepdeck::KeptMessages &keptMessages();
