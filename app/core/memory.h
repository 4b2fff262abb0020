#pragma once

namespace cd {

// Gives memory that large, short-lived work has freed back to the system. The C library keeps freed memory for
// reuse, per thread that freed it: after a 10,000-profile list is decoded on worker threads, that is a hundred
// megabytes the window's own thread never reuses. Costs a few milliseconds; call it after such work, off the
// window's thread. Does nothing where the C library offers no such call.
void releaseFreedMemory();

} // namespace cd
