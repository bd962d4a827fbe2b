#pragma once

// The entry point of each fuzz target (tests/fuzz/fuzz_<name>.cpp), callable without
// libFuzzer: tests/tst_fuzzregressions.cpp replays stored inputs through them.

#include "fuzzsupport.h"

namespace ioc::fuzz {

Outcome fuzzPageParser(const uint8_t *data, size_t size);
Outcome fuzzAlertRules(const uint8_t *data, size_t size);
Outcome fuzzMappingFile(const uint8_t *data, size_t size);
Outcome fuzzMbTiles(const uint8_t *data, size_t size);
Outcome fuzzLayout(const uint8_t *data, size_t size);

} // namespace ioc::fuzz
