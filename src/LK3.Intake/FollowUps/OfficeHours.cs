using LK3.Intake.Conversations;
using Microsoft.Extensions.Options;

namespace LK3.Intake.FollowUps;

/// <summary>Office time in WITA: whether LK3 is open, when it opens next, and durations that count office time only.</summary>
public sealed class OfficeHours(IOptions<OfficeHoursOptions> options)
{
    private OfficeHoursOptions Hours => options.Value;

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = instant.ToOfficeTime();
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Hours.Opens && time < Hours.Closes;
    }

    /// <summary>The instant itself when open, else the next opening time.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (IsOpen(instant)) return instant;
        var day = DateOnly.FromDateTime(instant.ToOfficeTime().DateTime);
        for (var i = 0; i < 370; i++, day = day.AddDays(1))
        {
            var opening = At(day, Hours.Opens);
            if (IsWorkingDay(day) && opening > instant) return opening;
        }
        throw new InvalidOperationException("OfficeHours name no working day in the coming year.");
    }

    /// <summary>When <paramref name="duration"/> of office time has passed after <paramref name="start"/>.</summary>
    public DateTimeOffset AddOfficeTime(DateTimeOffset start, TimeSpan duration)
    {
        var cursor = NextOpening(start);
        var remaining = duration;
        while (true)
        {
            var closing = At(DateOnly.FromDateTime(cursor.ToOfficeTime().DateTime), Hours.Closes);
            // Strictly before closing: what would fall at closing time goes to the next opening instead.
            if (remaining < closing - cursor) return cursor + remaining;
            remaining -= closing - cursor;
            cursor = NextOpening(closing);
        }
    }

    /// <summary>One working day later: the same office time on the next working day.</summary>
    public DateTimeOffset NextWorkingDay(DateTimeOffset instant) => AddOfficeTime(instant, Hours.Closes - Hours.Opens);

    private bool IsWorkingDay(DateOnly day) =>
        (Hours.Days.Count == 0 ? OfficeHoursOptions.DefaultDays : [.. Hours.Days]).Contains(day.DayOfWeek) && !Hours.Holidays.Contains(day);

    public TimeOnly Opens => Hours.Opens;

    /// <summary>An office time as an instant in UTC, the only offset every database stores.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, OfficeTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
