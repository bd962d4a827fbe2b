#pragma once

namespace ioc::sync {

// Asks the scheduler to favour the process's other threads (the UI above all) over the
// calling one when both are ready to run: sync keeps a core busy for a minute during a
// first sync, and on two cores the window must still answer within 50 ms. QThread's
// priorities do nothing under Linux's default policy; a per-thread nice value (+5) does.
// No-op elsewhere and on the main thread.
void yieldToTheUiThread();

} // namespace ioc::sync
