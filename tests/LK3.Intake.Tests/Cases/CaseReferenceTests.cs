using LK3.Intake.Cases;

namespace LK3.Intake.Tests.Cases;

public sealed class CaseReferenceTests
{
    [Theory]
    [InlineData(2026, 7, "LK3-2026-0007")]
    [InlineData(2026, 1234, "LK3-2026-1234")]
    [InlineData(2027, 12345, "LK3-2027-12345")]
    public void ToString_pads_the_number_to_four_digits(int year, int number, string expected)
    {
        var reference = new CaseReference(year, number);

        Assert.Equal(expected, reference.ToString());
        Assert.True(CaseReference.TryParse(reference.ToString(), out var parsed));
        Assert.Equal(reference, parsed);
    }

    [Theory]
    [InlineData("LK3-2026-0007")]
    [InlineData("lk3-2026-0007")]
    [InlineData("Lk3-2026-0007")]
    [InlineData("  LK3-2026-0007 ")]
    public void TryParse_ignores_case_and_surrounding_spaces(string text)
    {
        Assert.True(CaseReference.TryParse(text, out var reference));
        Assert.Equal(new CaseReference(2026, 7), reference);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("LK3")]
    [InlineData("LK3-2026")]
    [InlineData("LK3-2026-007")]
    [InlineData("LK3-26-0007")]
    [InlineData("LK4-2026-0007")]
    [InlineData("LK3 2026 0007")]
    [InlineData("LK3-2026-0007x")]
    [InlineData("nomor LK3-2026-0007")]
    [InlineData("LK3-2026-1234567")]
    public void TryParse_rejects_junk(string? text)
    {
        Assert.False(CaseReference.TryParse(text, out var reference));
        Assert.Equal(default, reference);
    }

    [Fact]
    public void TryParse_rejects_non_ascii_digits_without_throwing()
    {
        // Arabic-Indic digits for 2026 and 0007.
        Assert.False(CaseReference.TryParse("LK3-٢٠٢٦-٠٠٠٧", out _));
    }
}
