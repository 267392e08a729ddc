// SterkUI builds on the kernel; its clients (commands, tests) see the kernel types through it.
@_exported import SterkKernel
