using LK3.Bot.Staff;

namespace LK3.Tests.Unit;

/// <summary>Times, numbers and waits as the office writes them: WITA, "1.234", "0,1 jam".</summary>
public sealed class StaffFormatTests
{
    [Fact]
    public void Numbers_are_written_the_Indonesian_way()
    {
        Assert.Equal("1.234", StaffFormat.Number(1234));
        Assert.Equal("0,1 jam", StaffFormat.Hours(TimeSpan.FromMinutes(6)));
        Assert.Equal("1.250,5 jam", StaffFormat.Hours(TimeSpan.FromMinutes(75_030)));
        Assert.Equal("0,2", StaffFormat.Decimal(0.2));
    }

    [Fact]
    public void Every_time_is_in_WITA_and_says_so()
    {
        var utc = new DateTimeOffset(2026, 1, 5, 2, 30, 0, TimeSpan.Zero);
        Assert.Equal("05/01/2026 10.30 WITA", StaffFormat.When(utc));
        Assert.Equal("—", StaffFormat.When((DateTimeOffset?)null));
    }

    [Theory]
    [InlineData(20, "kurang dari 1 menit")]
    [InlineData(45 * 60, "45 menit")]
    [InlineData(3 * 3600, "3 jam")]
    [InlineData(3 * 3600 + 5 * 60, "3 jam 5 menit")]
    [InlineData(2 * 86400 + 4 * 3600 + 59 * 60, "2 hari 4 jam")]
    [InlineData(3 * 86400, "3 hari")]
    public void A_wait_is_said_to_the_minute(int seconds, string said) => Assert.Equal(said, StaffFormat.Duration(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("whatsapp", "WhatsApp")]
    [InlineData("telegram", "Telegram")]
    [InlineData("web", "Web chat")]
    public void Channels_are_named_as_people_say_them(string channel, string said) => Assert.Equal(said, StaffFormat.Channel(channel));
}
