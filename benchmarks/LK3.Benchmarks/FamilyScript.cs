namespace LK3.Benchmarks;

/// <summary>
/// The whole help intake as a family walks it (docs/design.md, "The family conversation"): /start, consent, the menu's
/// "ask for help", category, who, a description, kecamatan, how to be contacted (a quarter of the families ask for a
/// phone call and type a number), "is anyone in danger?", and the summary confirmed, which is answered with the case
/// reference. Ten updates, eleven with a phone number. Typed (<c>--typed</c>), the same questions with every answer written as
/// families write them instead of a button pressed, so that each update is read by the understanding.
/// </summary>
internal static class FamilyScript
{
    private static readonly string[] Descriptions =
    [
        "Suami saya sering marah dan memukul saya.",
        "Anak kami tidak mau sekolah sejak bulan lalu dan sering pulang malam.",
        "Kami tidak punya uang untuk makan minggu ini, tolong bantu kami.",
        "Saya dan suami sering bertengkar soal uang & anak.",
        "Ibu mertua saya sakit dan tidak ada yang merawat di rumah.",
    ];

    private static readonly string[] PhoneNumbers = ["0812-3456-7890", "+62 813 1111 2222", "0821 5555 0101"];

    public static IReadOnlyList<ScriptStep> For(long chatId, bool typed)
    {
        var variant = (int)(chatId % 1000);
        if (typed) return Typed(variant);
        List<ScriptStep> steps =
        [
            ScriptStep.Say("/start"),
            ScriptStep.Press("consent:yes"),
            ScriptStep.Press("menu:help"),
            ScriptStep.Press("category:", "category:DomesticViolence"),
            ScriptStep.Press("recipient:", "recipient:Myself"),
            ScriptStep.Say(Descriptions[variant % Descriptions.Length]),
            ScriptStep.Press("kecamatan:", "kecamatan:BontangUtara"),
        ];
        if (variant % 4 == 3)
        {
            steps.Add(ScriptStep.Press("contact:phone"));
            steps.Add(ScriptStep.Say(PhoneNumbers[variant % PhoneNumbers.Length]));
        }
        else
        {
            steps.Add(ScriptStep.Press("contact:chat"));
        }
        steps.Add(ScriptStep.Press("danger:no"));
        steps.Add(ScriptStep.Press("intake:send"));
        return steps;
    }

    /// <summary>
    /// Each answer one of a few ways of writing it, varied by family and by question, so that every way is written; each is read
    /// as the button it stands for (the kecamatan varies too, where the button walk always presses Bontang Utara).
    /// </summary>
    private static List<ScriptStep> Typed(int variant)
    {
        var question = 0;
        string Pick(params string[] ways) => ways[(variant / 4 + question++) % ways.Length];
        List<ScriptStep> steps =
        [
            ScriptStep.Say(Pick("halo", "permisi bu", "selamat siang")),
            ScriptStep.Say(Pick("iya setuju", "ya sy setuju", "setuju bu")),
            ScriptStep.Say(Pick("sy mau minta bantuan", "mau minta tolong bu", "saya butuh bantuan")),
            ScriptStep.Say(Pick("kdrt", "kekerasan dlm rumah tangga")),
            ScriptStep.Say(Pick("sy sendiri", "saya sendiri bu")),
            ScriptStep.Say(Descriptions[variant % Descriptions.Length]),
            ScriptStep.Say(Pick("bontang utara", "bontang selatan", "di bontang barat")),
        ];
        if (variant % 4 == 3)
        {
            steps.Add(ScriptStep.Say(Pick("telpon aja", "lewat telepon bu")));
            steps.Add(ScriptStep.Say(PhoneNumbers[variant % PhoneNumbers.Length]));
        }
        else
        {
            steps.Add(ScriptStep.Say(Pick("lewat chat ini aja", "chat aja bu")));
        }
        steps.Add(ScriptStep.Say(Pick("tidak", "gak ada bu")));
        steps.Add(ScriptStep.Say(Pick("kirim", "kirim aja")));
        return steps;
    }
}
