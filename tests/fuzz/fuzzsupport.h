#pragma once

// What every fuzz target shares: the Qt application object libFuzzer's process needs once,
// and the outcome a target reports so tests/tst_fuzzregressions.cpp can check that a
// stored input ends cleanly (accepted, or refused with a message).

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace ioc::fuzz {

// How one input ended. Refused inputs must say why: an empty error on a refusal would
// leave an operator with nothing to act on.
struct Outcome
{
    bool accepted = false;
    QString error;
};

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: Qt may keep the text (QJsonDocument, QString) after the call, and
    // libFuzzer reuses its buffer.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Creates the application object once per process (Qt wants exactly one, made before
// SQL drivers, image plugins or widgets are used). A private argc/argv: Qt strips the
// options it knows from the real command line, which belongs to libFuzzer. Warnings
// are silenced: a fuzzer provokes millions of them and printing is most of the cost.
template<typename Application> void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "ioc-fuzz";
    static char *argv[] = { name, nullptr };
    // Never destroyed: tearing Qt down at exit, with SQL connections or image plugins
    // still loaded, only adds crashes that no user meets. A global keeps it reachable,
    // so LeakSanitizer does not count it.
    static Application *app = new Application(argc, argv);
    Q_UNUSED(app);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace ioc::fuzz

// Each fuzz_*.cpp defines its entry point with this macro. The regression test compiles
// the same files with IOC_FUZZ_REPLAY, which leaves libFuzzer's symbols out (several
// targets in one program) and calls the named functions instead.
#ifdef IOC_FUZZ_REPLAY
#define IOC_FUZZ_ENTRY_POINT(Application, function)
#else
#define IOC_FUZZ_ENTRY_POINT(Application, function)                                                \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        ioc::fuzz::ensureApplication<Application>();                                               \
        return 0;                                                                                  \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                        \
    {                                                                                              \
        function(data, size);                                                                      \
        return 0;                                                                                  \
    }
#endif
