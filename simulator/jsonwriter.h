#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace ioc::sim {

struct FeatureRecord;

// Compact JSON straight into one buffer. QJsonDocument::toJson allocates per value and
// dominated page generation (malloc/free at the top of a profile); pages of thousands of
// features are the simulator's hot path. Object keys come out in QJsonObject's (sorted)
// order, so output is deterministic.
void appendJson(QByteArray &out, const QJsonValue &value);
// {"type":"Feature","id":…,"geometry":…,"properties":…}
void appendFeature(QByteArray &out, const FeatureRecord &feature);

} // namespace ioc::sim
