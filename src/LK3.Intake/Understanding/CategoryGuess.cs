using LK3.Intake.Cases;

namespace LK3.Intake.Understanding;

/// <summary>The problem category a family's words point to; <see cref="Clear"/> when no other comes close, so it need not be asked.</summary>
public sealed record CategoryGuess(ProblemCategory Category, bool Clear, double Score);
