#pragma once

// Rules for the alert tests: one of each kind, on small crafted data.

#include <QByteArray>

namespace ioc::test {

inline QByteArray alertTestRules()
{
    return QByteArray(R"json({
  "format": 1,
  "rules": [
    { "id": "t.occupancy", "module": "health", "kind": "threshold", "severity": "warning",
      "scope": "feature", "collection": "health_occupancy",
      "value": "occupancy_rate", "op": ">", "limit": 90,
      "message": { "vi": "Công suất {value}% tại {facility_id}", "en": "Occupancy {value}% at {facility_id}" } },
    { "id": "t.revenue", "module": "socioeconomic", "kind": "plan_deviation", "severity": "warning",
      "scope": "province", "collection": "se_observations",
      "where": [ { "property": "indicator", "op": "==", "value": "BUDGET_REV" } ],
      "target_collection": "se_targets", "match": { "indicator": "indicator", "unit_code": "unit_code" },
      "value": "value", "period": "period_start", "target_value": "target", "target_year": "year",
      "aggregate": "sum", "min_percent": 90,
      "message": { "vi": "Thu ngân sách đạt {percent}%", "en": "Revenue at {percent}%" } },
    { "id": "t.overdue", "module": "publicservices", "kind": "deadline", "severity": "warning",
      "scope": "feature", "collection": "ps_dossiers",
      "where": [ { "property": "status", "op": "in", "value": ["received", "processing"] } ],
      "due": "due_at", "within_minutes": 0,
      "message": { "vi": "Hồ sơ {code} quá hạn", "en": "Dossier {code} overdue" } },
    { "id": "t.camera", "module": "cameras", "kind": "staleness", "severity": "warning",
      "scope": "feature", "collection": "cam_cameras",
      "where": [ { "property": "status", "op": "==", "value": "offline" } ],
      "time": "last_heartbeat", "max_age_minutes": 10,
      "message": { "vi": "Camera {name} mất tín hiệu", "en": "Camera {name} offline" } },
    { "id": "t.dengue", "module": "health", "kind": "spike", "severity": "critical",
      "scope": "commune", "collection": "health_cases",
      "series": ["unit_code", "disease"], "order": "week_start", "value": "cases",
      "alpha": 0.3, "z": 3, "min_history": 8, "history": 26, "min_value": 5,
      "message": { "vi": "{value} ca {disease}", "en": "{value} {disease} cases" } },
    { "id": "t.flooding", "module": "cameras", "kind": "count_in_window", "severity": "critical",
      "scope": "commune", "collection": "cam_events",
      "where": [ { "property": "kind", "op": "==", "value": "flooding" } ],
      "time": "detected_at", "window_minutes": 30, "group_by": ["unit_code"], "min_count": 3,
      "message": { "vi": "{count} lần ngập tại {unit_name}", "en": "{count} floodings in {unit_name}" } }
  ]
})json");
}

} // namespace ioc::test
