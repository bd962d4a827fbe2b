#pragma once

#include <QString>

namespace ioc::core {

// Folds text for search so an operator can type without diacritics:
// "Hà Tĩnh" and "HA TINH" both become "ha tinh", and "Đức Thọ" becomes "duc tho".
// Unicode decomposition removes the tone and vowel marks; đ/Đ is a letter of its own
// (no decomposition), so it is mapped explicitly.
QString foldForSearch(const QString &text);

// Turns what an operator typed into an FTS5 query: every word must match as a prefix.
// Returns an empty string when nothing searchable is left (e.g. only punctuation).
QString ftsPrefixQuery(const QString &userText);

} // namespace ioc::core
