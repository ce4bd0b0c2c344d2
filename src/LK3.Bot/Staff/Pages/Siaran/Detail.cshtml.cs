using LK3.Bot.Broadcasts;
using LK3.Intake.Broadcasts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Siaran;

/// <summary>
/// One broadcast: what it says and to whom, its progress while it goes out (the page reloads itself every
/// 5 s by the Refresh header: no script, which the pages' CSP would refuse inline), and the final report.
/// </summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class SiaranDetailModel(BroadcastDesk desk, TimeProvider time) : PageModel
{
    public const int RefreshSeconds = 5;

    public BroadcastProgress? Progress { get; private set; }

    /// <summary>Whether the page reloads itself: while sending, or when it is due to start.</summary>
    public bool Live { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Progress = await desk.ProgressAsync(id, cancellationToken);
        if (Progress is null) return NotFound();
        Live = Progress.Status == BroadcastStatus.Sending
            || Progress.Status == BroadcastStatus.Scheduled && Progress.SendAt <= time.GetUtcNow() + TimeSpan.FromMinutes(1);
        if (Live) Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        switch (await desk.CancelAsync(StaffMember.From(User), id, cancellationToken))
        {
            case BroadcastCancellation.NotFound:
                return NotFound();
            case BroadcastCancellation.AlreadyFinished:
                Message = "Siaran ini sudah selesai atau sudah dibatalkan.";
                break;
            default:
                Message = "Siaran dibatalkan. Pesan yang sudah terkirim tidak bisa ditarik kembali.";
                break;
        }
        return RedirectToPage(new { id });
    }
}
