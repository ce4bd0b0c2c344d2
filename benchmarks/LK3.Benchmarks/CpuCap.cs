using System.Globalization;

namespace LK3.Benchmarks;

/// <summary>
/// A Linux control group that lets its processes use at most a given share of the CPUs, as if each ran on a machine of its
/// own that size: on one small machine, instances sharing its cores cannot show what a second machine would add.
/// Needs root (the group is made under <c>/sys/fs/cgroup</c>); cgroup v2 or v1's <c>cpu</c> controller.
/// </summary>
internal sealed class CpuCap : IDisposable
{
    private const int PeriodMicroseconds = 100_000;
    private const string Root = "/sys/fs/cgroup";

    private readonly string _group;

    private CpuCap(string group) => _group = group;

    /// <param name="cpus">CPUs the group may use, e.g. 0.5 for half of one core.</param>
    public static CpuCap Create(string name, double cpus)
    {
        var quota = ((long)Math.Round(cpus * PeriodMicroseconds)).ToString(CultureInfo.InvariantCulture);
        var period = PeriodMicroseconds.ToString(CultureInfo.InvariantCulture);
        var unified = File.Exists(Path.Combine(Root, "cgroup.controllers"));
        var group = unified ? Path.Combine(Root, name) : Path.Combine(Root, "cpu", name);
        try
        {
            Directory.CreateDirectory(group);
            if (unified)
            {
                File.WriteAllText(Path.Combine(group, "cpu.max"), $"{quota} {period}");
            }
            else
            {
                File.WriteAllText(Path.Combine(group, "cpu.cfs_period_us"), period);
                File.WriteAllText(Path.Combine(group, "cpu.cfs_quota_us"), quota);
            }
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new InvalidOperationException($"--instance-cpu needs a CPU control group ({group}): run as root on Linux.", exception);
        }
        return new CpuCap(group);
    }

    /// <summary>Moves a process, with all its threads, into the group.</summary>
    public void Add(int processId) =>
        File.WriteAllText(Path.Combine(_group, "cgroup.procs"), processId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Removes the group once its processes have exited.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_group);
        }
        catch (IOException)
        {
            // A process still in it: the kernel keeps the group until it exits; nothing else depends on it.
        }
    }
}
