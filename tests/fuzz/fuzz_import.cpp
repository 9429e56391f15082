// libFuzzer target: any bytes as a question bank file.
#include "fuzzbodies.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    prepdeck::fuzz::importBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
