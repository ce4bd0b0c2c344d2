using LK3.Intake.Cases;

namespace LK3.Intake.Tests.Cases;

public sealed class IndonesianPhoneNumberTests
{
    [Theory]
    [InlineData("0812 3456 7890", "+6281234567890")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("+62 812-3456-7890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("0812.345.678", "+62812345678")]
    [InlineData("(0548) 21234", "+6254821234")]
    [InlineData("021 555 1234", "+62215551234")]
    public void Valid_numbers_are_normalised_to_plus_62(string text, string expected)
    {
        Assert.True(IndonesianPhoneNumber.TryNormalize(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0812")]
    [InlineData("abc")]
    [InlineData("+1 202 555 0101")]
    [InlineData("08123456789012345")]
    [InlineData("0112345678")]
    [InlineData("0812 3456 789x")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Invalid_numbers_are_refused(string? text)
    {
        Assert.False(IndonesianPhoneNumber.TryNormalize(text, out var normalized));
        Assert.Equal("", normalized);
    }
}
