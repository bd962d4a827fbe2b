#pragma once

#include "generatedcollection.h"

#include <memory>
#include <vector>

namespace ioc::sim {

using GeneratedList = std::vector<std::unique_ptr<GeneratedCollection>>;

// One function per subsystem, each appending its collections in a fixed order.
void addAdminCollections(const SimContext &ctx, GeneratedList &out);
void addSocioEconomicCollections(const SimContext &ctx, GeneratedList &out);
void addPublicServiceCollections(const SimContext &ctx, GeneratedList &out);
void addDocumentCollections(const SimContext &ctx, GeneratedList &out);
void addHealthCollections(const SimContext &ctx, GeneratedList &out);
void addEducationCollections(const SimContext &ctx, GeneratedList &out);
void addTourismCollections(const SimContext &ctx, GeneratedList &out);
void addCameraCollections(const SimContext &ctx, GeneratedList &out);

// Local calendar helpers (Asia/Ho_Chi_Minh, UTC+7, no DST).
inline constexpr qint64 kDayMs = 86400000;
inline constexpr qint64 kLocalOffsetMs = 7 * 3600000;
// Start (UTC ms) of the local day containing ms.
inline qint64 localDayStart(qint64 ms)
{
    const qint64 local = ms + kLocalOffsetMs;
    return local - ((local % kDayMs) + kDayMs) % kDayMs - kLocalOffsetMs;
}

} // namespace ioc::sim
