#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace ioc::sync {

// A FeatureCollection taken apart without parsing it, for a page the JSON parser refused
// as a whole: one number out of range, one string of invalid UTF-8 or one feature nested
// thousands deep must cost that feature, not the page (and, page after page, the sync).
// The scan knows only strings, escapes and brackets; it never recurses, so depth costs
// nothing, and it reads each byte once.
struct SplitFeatureCollection
{
    // The response with its "features" array emptied: the members around it (links,
    // numberMatched, type) parse on their own.
    QByteArray envelope;
    // The text of each element of the array, in order; views into the scanned body.
    QList<QByteArrayView> features;
};

// std::nullopt when the body has no top-level "features" array that closes (a truncated
// or non-object response: nothing to salvage).
std::optional<SplitFeatureCollection> splitFeatureCollection(QByteArrayView body);

// The value of a feature's top-level "id" member read from its text: a string's content
// (escapes kept as sent) or a number's digits; empty when there is none. Used to name a
// feature that does not parse, so the report says which one and reconciliation does not
// delete its last good copy.
QString topLevelId(QByteArrayView featureText);

} // namespace ioc::sync
