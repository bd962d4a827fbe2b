#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace ioc::sync {

// The result of one sync run of one collection: what a status bar, a log line and
// `ioc-desktop --sync-once` report.
struct SyncReport
{
    enum class Outcome {
        Synced, // pages fetched and stored
        NotModified, // 304: nothing changed, nothing downloaded
        Failed, // network, server or data error: retried later with backoff
        AuthFailed, // 401/403: the source stops until credentials are fixed
        MissingAtSource, // the server has no such collection (mapping problem)
        Stopped, // the engine was stopped mid-run; it resumes next time
    };

    QString collection;
    QString mode; // "initial", "incremental", "reconcile"
    Outcome outcome = Outcome::Failed;
    QString error;
    std::optional<std::chrono::seconds> retryAfter;
    bool resumed = false; // continued an interrupted run
    int pages = 0;
    int fetched = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    int quarantined = 0;
    // Where the sync thread's CPU time went (for benchmarks and slow-sync diagnosis):
    // parsing and validating pages, writing them to the mirror (incl. reconciliation),
    // and building what a bulk first sync deferred (search rows, projections) at its end.
    qint64 parseMicros = 0;
    qint64 storeMicros = 0;
    qint64 buildMicros = 0;
    // This run ended a bulk first sync: search and projection rows were built, so what
    // reads them (module docks) must reload even if the run itself changed nothing.
    bool derivedBuilt = false;
    // Bytes of response bodies this run read (after decompression), for the per-hour
    // download figure of the status view.
    qint64 bytes = 0;
    // Requests this run made (pages, metadata, probes, counts).
    int requests = 0;
    // A complete pass that may not have seen everything: "server reports N, received M".
    // Nothing was deleted then. Empty when the pass was complete (or not a full pass).
    QString completeness;
    // Features a complete reconciliation found gone at the source but kept, because they
    // were more than SyncSettings::maxDeletionShare of the collection: they wait for an
    // operator's confirmation (SyncEngine::confirmMassDeletion). 0 when nothing was held.
    int heldDeletions = 0;
    // What the run learned about the server, worth a line in the log and the report
    // ("limit 5000 refused: using 1000", "datetime is ignored: reconciliation only").
    QStringList notes;

    // A full pass whose completeness could not be confirmed is not a success for a
    // scheduled job, although what it stored is kept.
    bool isComplete() const { return succeeded() && completeness.isEmpty(); }

    bool succeeded() const { return outcome == Outcome::Synced || outcome == Outcome::NotModified; }
    QString outcomeName() const;
};

} // namespace ioc::sync

Q_DECLARE_METATYPE(ioc::sync::SyncReport)
