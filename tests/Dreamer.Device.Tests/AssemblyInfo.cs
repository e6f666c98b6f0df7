// One test at a time: the tests build agents after torch.manual_seed (a process-wide generator) and share one GPU.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
