#pragma once

#include <QString>

namespace ioc::sim {

class Rng;

// Vietnamese vocabulary for synthetic records (names with diacritics).
QString personName(Rng &rng);
QString streetName(Rng &rng);

} // namespace ioc::sim
