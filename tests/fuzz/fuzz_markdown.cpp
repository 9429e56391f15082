// libFuzzer target: any bytes as the Markdown of an answer.
#include "fuzzbodies.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    prepdeck::fuzz::renderBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
