using LK3.Bot.Staff.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>
/// The confirmation before a family's data is erased on a request made another way: it names the case and what goes,
/// and only its own button (which repeats the reference) erases. Supervisors and admins only.
/// </summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KasusHapusModel(CaseWork work) : PageModel
{
    public string Reference { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await work.IsVisibleAsync(StaffMember.From(User), reference, cancellationToken)) return NotFound();
        Reference = reference;
        return Page();
    }

    /// <param name="confirm">The reference again, as the confirmation carries it: a post without it erases nothing.</param>
    public async Task<IActionResult> OnPostAsync(string reference, string? confirm, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirm, reference, StringComparison.OrdinalIgnoreCase)) return RedirectToPage(new { reference });
        var result = await work.EraseFamilyAsync(StaffMember.From(User), reference, cancellationToken);
        if (!result.Found) return NotFound();
        Message = result.Refusal ?? "Data keluarga sudah dihapus; kasus tersisa sebagai angka.";
        return Redirect($"/kasus/{Uri.EscapeDataString(reference)}");
    }
}
