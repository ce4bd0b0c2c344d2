using LK3.Intake.Cases;

namespace LK3.Intake.Understanding;

/// <summary>
/// Bontang's fifteen kelurahan and the kecamatan each belongs to, with the ways people write them: families often
/// know their kelurahan better than their kecamatan.
/// </summary>
internal static class PlaceNames
{
    public static readonly IReadOnlyDictionary<string, Kecamatan> Kelurahan = new Dictionary<string, Kecamatan>
    {
        ["bontang utara"] = Kecamatan.BontangUtara,
        ["bontang selatan"] = Kecamatan.BontangSelatan,
        ["bontang barat"] = Kecamatan.BontangBarat,
        ["api api"] = Kecamatan.BontangUtara,
        ["apiapi"] = Kecamatan.BontangUtara,
        ["bontang baru"] = Kecamatan.BontangUtara,
        ["bontang kuala"] = Kecamatan.BontangUtara,
        ["gunung elai"] = Kecamatan.BontangUtara,
        ["guntung"] = Kecamatan.BontangUtara,
        ["lok tuan"] = Kecamatan.BontangUtara,
        ["loktuan"] = Kecamatan.BontangUtara,
        ["berbas pantai"] = Kecamatan.BontangSelatan,
        ["berbas tengah"] = Kecamatan.BontangSelatan,
        ["berbas"] = Kecamatan.BontangSelatan,
        ["bontang lestari"] = Kecamatan.BontangSelatan,
        ["satimpo"] = Kecamatan.BontangSelatan,
        ["tanjung laut"] = Kecamatan.BontangSelatan,
        ["tanjung laut indah"] = Kecamatan.BontangSelatan,
        ["tanjunglaut"] = Kecamatan.BontangSelatan,
        ["tj laut"] = Kecamatan.BontangSelatan,
        ["tanjung limau"] = Kecamatan.BontangSelatan,
        ["belimbing"] = Kecamatan.BontangBarat,
        ["gunung telihan"] = Kecamatan.BontangBarat,
        ["telihan"] = Kecamatan.BontangBarat,
        ["kanaan"] = Kecamatan.BontangBarat,
    };

    /// <summary>A kecamatan named by its direction alone ("utara"), once the family is asked for its kecamatan.</summary>
    public static readonly IReadOnlyDictionary<string, Kecamatan> Directions = new Dictionary<string, Kecamatan>
    {
        ["utara"] = Kecamatan.BontangUtara,
        ["selatan"] = Kecamatan.BontangSelatan,
        ["barat"] = Kecamatan.BontangBarat,
        ["north"] = Kecamatan.BontangUtara,
        ["south"] = Kecamatan.BontangSelatan,
        ["west"] = Kecamatan.BontangBarat,
    };
}
