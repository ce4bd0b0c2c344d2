using LK3.Bot.Broadcasts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Siaran;

/// <summary>The latest broadcasts, newest first, with how many families each reached.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class SiaranIndexModel(BroadcastDesk desk) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<BroadcastSummary> Broadcasts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Broadcasts = await desk.ListAsync(Shown, cancellationToken);
}
