#pragma once

// A test that types into the real app needs an X display of its own: keys sent to a developer's
// desktop would land in whatever window has the focus there. runOnPrivateDisplay() runs the test
// again under xvfb-run (a fresh Xvfb on a free display number) unless it already runs on one.
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace wf::testing {

// Returns only when the test runs on its private display (or exec failed: then false).
inline bool runOnPrivateDisplay(int argc, char **argv)
{
    if (std::getenv("WATCHFLOOR_PRIVATE_DISPLAY"))
        return true;
    ::setenv("WATCHFLOOR_PRIVATE_DISPLAY", "1", 1);
    std::vector<char *> args { const_cast<char *>("xvfb-run"), const_cast<char *>("-a"),
        const_cast<char *>("-s"), const_cast<char *>("-screen 0 1600x900x24") };
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("xvfb-run", args.data());
    std::perror("xvfb-run");
    return false;
}

} // namespace wf::testing
