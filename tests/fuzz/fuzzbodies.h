#pragma once

#include <QByteArrayView>

// What the fuzz targets run on each input. Shared with the regression test, which feeds
// the seed corpus and every input a fuzzer once broke Prepdeck with through the same code.
namespace prepdeck::fuzz {

// Reads the bytes as a bank file (encoding detection and repair, layout detection, every
// layout reader) under a name picked by the first byte, so the CSV/TSV hints are reached;
// then writes what was read in Prepdeck's format and reads that back. Aborts if the
// round trip loses or invents a question.
void importBytes(QByteArrayView bytes);

// Renders the bytes as an answer's Markdown. Aborts if anything active comes out: a
// script, raw HTML, an image, or a link to anything but http(s) or mail.
void renderBytes(QByteArrayView bytes);

} // namespace prepdeck::fuzz
