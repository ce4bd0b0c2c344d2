namespace LK3.Intake.Information;

/// <summary>The information content the bot starts with, taken from the 2013 ANTARA article on LK3 Kota Bontang; staff edit it afterwards.</summary>
internal static class InformationSeed
{
    public static IReadOnlyList<InformationTopic> Topics(DateTimeOffset now) =>
    [
        new()
        {
            Key = "konseling",
            Group = TopicGroup.Service,
            SortOrder = 1,
            Language = "id",
            Title = "Konseling",
            Body = """
                <b>Konseling</b>
                Konseling adalah bantuan bagi keluarga yang sedang mengalami masalah psikososial, yaitu masalah yang menyangkut perasaan, pikiran, dan hubungan di dalam keluarga maupun dengan orang lain.
                Anda dapat menceritakan apa yang sedang Anda alami kepada konselor kami, lalu bersama-sama kita mencari jalan keluarnya.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "konseling,counseling,counselling,curhat,psikolog,psikososial,psychosocial,konselor,counsellor,counselor,stres,stress",
            UpdatedAt = now,
        },
        new()
        {
            Key = "konseling",
            Group = TopicGroup.Service,
            SortOrder = 1,
            Language = "en",
            Title = "Counselling",
            Body = """
                <b>Counselling</b>
                Counselling is help for families who are going through psychosocial problems: troubles with feelings, thoughts, and relationships within the family or with other people.
                You can tell one of our counsellors what you are going through, and together we will look for a way forward.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "konseling,counseling,counselling,curhat,psikolog,psikososial,psychosocial,konselor,counsellor,counselor,stres,stress",
            UpdatedAt = now,
        },
        new()
        {
            Key = "konsultasi",
            Group = TopicGroup.Service,
            SortOrder = 2,
            Language = "id",
            Title = "Konsultasi",
            Body = """
                <b>Konsultasi</b>
                Konsultasi adalah bantuan berupa nasihat bagi keluarga, kelompok, masyarakat, dan organisasi.
                Nasihat diberikan oleh seorang ahli atau sebuah tim yang memiliki pengetahuan, keterampilan, dan kualifikasi profesional yang memadai.
                Anda dapat berkonsultasi tentang masalah keluarga yang sedang Anda hadapi.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "konsultasi,consultation,consult,konsultan,nasihat,penasihatan,advice",
            UpdatedAt = now,
        },
        new()
        {
            Key = "konsultasi",
            Group = TopicGroup.Service,
            SortOrder = 2,
            Language = "en",
            Title = "Consultation",
            Body = """
                <b>Consultation</b>
                Consultation is help in the form of advice for families, groups, communities, and organisations.
                The advice is given by a person or a team with the right knowledge, skills, and professional qualifications.
                You can consult us about the family problem you are facing.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "konsultasi,consultation,consult,konsultan,nasihat,penasihatan,advice",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pemberian-informasi",
            Group = TopicGroup.Service,
            SortOrder = 3,
            Language = "id",
            Title = "Pemberian informasi",
            Body = """
                <b>Pemberian informasi</b>
                Kami memberikan informasi tentang berbagai persoalan keluarga dan upaya meningkatkan kesejahteraan keluarga, termasuk lembaga sosial yang dapat membantu menyelesaikan masalah keluarga.
                Kami juga memberikan informasi bagi Anda yang ingin ikut berperan dalam usaha kesejahteraan sosial.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "pemberian informasi,layanan informasi,giving information,information service,partisipasi,participate,relawan,volunteer",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pemberian-informasi",
            Group = TopicGroup.Service,
            SortOrder = 3,
            Language = "en",
            Title = "Information giving",
            Body = """
                <b>Information giving</b>
                We give information about family issues and about ways to improve a family's welfare, including which social institutions can help solve a family problem.
                We also give information to anyone who would like to take part in social welfare work.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "pemberian informasi,layanan informasi,giving information,information service,partisipasi,participate,relawan,volunteer",
            UpdatedAt = now,
        },
        new()
        {
            Key = "penjangkauan",
            Group = TopicGroup.Service,
            SortOrder = 4,
            Language = "id",
            Title = "Penjangkauan",
            Body = """
                <b>Penjangkauan</b>
                Penjangkauan berarti kami datang mendekat kepada keluarga dan masyarakat melalui kegiatan bimbingan sosial kelompok.
                Melalui kegiatan ini, kami juga mengenali keluarga yang sedang menghadapi masalah agar dapat segera dibantu.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "penjangkauan,outreach,bimbingan sosial,bimbingan kelompok,group guidance,social guidance",
            UpdatedAt = now,
        },
        new()
        {
            Key = "penjangkauan",
            Group = TopicGroup.Service,
            SortOrder = 4,
            Language = "en",
            Title = "Outreach",
            Body = """
                <b>Outreach</b>
                Outreach means we come to families and communities through group social guidance activities.
                Through these activities we also find families who are facing problems, so that they can be helped soon.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "penjangkauan,outreach,bimbingan sosial,bimbingan kelompok,group guidance,social guidance",
            UpdatedAt = now,
        },
        new()
        {
            Key = "perlindungan",
            Group = TopicGroup.Service,
            SortOrder = 5,
            Language = "id",
            Title = "Perlindungan",
            Body = """
                <b>Perlindungan</b>
                Perlindungan adalah bantuan agar keluarga terhindar dari keadaan rentan yang sedang dialaminya, misalnya kekerasan dalam rumah tangga.
                Jika Anda atau anggota keluarga Anda merasa tidak aman, Anda tidak sendirian. Bila ada yang dalam bahaya sekarang, segera hubungi <b>112</b> atau polisi di <b>110</b>.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "perlindungan,protection,kdrt,kekerasan,violence,domestic violence,dipukul,dianiaya,penganiayaan,abuse,rentan,vulnerable,tidak aman,unsafe",
            UpdatedAt = now,
        },
        new()
        {
            Key = "perlindungan",
            Group = TopicGroup.Service,
            SortOrder = 5,
            Language = "en",
            Title = "Protection",
            Body = """
                <b>Protection</b>
                Protection is help so that a family is kept safe from the vulnerable situation it is in, for example violence at home.
                If you or someone in your family does not feel safe, you are not alone. If anyone is in danger right now, call <b>112</b> or the police on <b>110</b> straight away.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "perlindungan,protection,kdrt,kekerasan,violence,domestic violence,dipukul,dianiaya,penganiayaan,abuse,rentan,vulnerable,tidak aman,unsafe",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pendampingan",
            Group = TopicGroup.Service,
            SortOrder = 6,
            Language = "id",
            Title = "Pendampingan",
            Body = """
                <b>Pendampingan</b>
                Pendampingan adalah pelayanan lanjutan bagi keluarga yang kami layani.
                Kami tetap mendampingi Anda setelah bantuan pertama diberikan, supaya keluarga Anda tidak menghadapi masalahnya sendirian.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "pendampingan,pendamping,didampingi,pelayanan lanjutan,accompaniment,ongoing support,continued support",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pendampingan",
            Group = TopicGroup.Service,
            SortOrder = 6,
            Language = "en",
            Title = "Ongoing support",
            Body = """
                <b>Ongoing support</b>
                Ongoing support (accompaniment) is continued service for the families we help.
                We stay by your side after the first help has been given, so that your family does not face its problems alone.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "pendampingan,pendamping,didampingi,pelayanan lanjutan,accompaniment,ongoing support,continued support",
            UpdatedAt = now,
        },
        new()
        {
            Key = "rujukan",
            Group = TopicGroup.Service,
            SortOrder = 7,
            Language = "id",
            Title = "Rujukan",
            Body = """
                <b>Rujukan</b>
                Jika masalah Anda lebih tepat ditangani oleh lembaga lain, kami memberikan rekomendasi (rujukan) ke lembaga yang sesuai, misalnya lembaga bantuan hukum, kepolisian, rumah sakit, atau panti sosial.
                Daftar lengkapnya dapat Anda lihat di menu <b>Lembaga rujukan</b>.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "rujukan,referral,dirujuk,merujuk,rekomendasi,recommendation",
            UpdatedAt = now,
        },
        new()
        {
            Key = "rujukan",
            Group = TopicGroup.Service,
            SortOrder = 7,
            Language = "en",
            Title = "Referral",
            Body = """
                <b>Referral</b>
                If your problem is better handled by another institution, we give a recommendation (referral) to a suitable one, for example legal aid, the police, a hospital, or a social care home.
                You can see the full list under <b>Referral partners</b> in the menu.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "rujukan,referral,dirujuk,merujuk,rekomendasi,recommendation",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pusat-informasi",
            Group = TopicGroup.Service,
            SortOrder = 8,
            Language = "id",
            Title = "Pusat informasi kesos",
            Body = """
                <b>Pusat informasi pelayanan kesejahteraan sosial</b>
                LK3 juga menjadi pusat informasi pelayanan kesejahteraan sosial.
                Di sini Anda dapat bertanya tentang praktik pekerjaan sosial dalam menangani masalah sosial dan psikologis keluarga, serta tentang pembentukan LK3 dan pengembangan konsultasi kesejahteraan keluarga berbasis masyarakat.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "pusat informasi,information centre,information center,kesejahteraan sosial,social welfare,kesos,pekerjaan sosial,social work",
            UpdatedAt = now,
        },
        new()
        {
            Key = "pusat-informasi",
            Group = TopicGroup.Service,
            SortOrder = 8,
            Language = "en",
            Title = "Welfare info centre",
            Body = """
                <b>Social welfare information centre</b>
                LK3 is also an information centre for social welfare services.
                Here you can ask about social work practice in handling the social and psychological problems of families, and about setting up an LK3 and developing community-based family welfare consultation.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "pusat informasi,information centre,information center,kesejahteraan sosial,social welfare,kesos,pekerjaan sosial,social work",
            UpdatedAt = now,
        },
        new()
        {
            Key = "sasaran",
            Group = TopicGroup.About,
            SortOrder = 9,
            Language = "id",
            Title = "Siapa yang dilayani",
            Body = """
                <b>Siapa yang dapat dilayani?</b>
                LK3 Kota Bontang melayani:
                • individu
                • keluarga
                • kelompok
                • instansi (institusi)
                • organisasi

                Termasuk keluarga yang membutuhkan bantuan karena masalah yang sedang dialaminya, serta siapa saja yang membutuhkan informasi untuk mengatasi masalah keluarga atau untuk meningkatkan taraf hidup keluarganya. Pelayanan terbuka bagi masyarakat umum, karyawan, maupun instansi dan organisasi.

                Jika Anda membutuhkan bantuan, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "sasaran,siapa,who,dilayani,eligible,berhak,syarat,requirements",
            UpdatedAt = now,
        },
        new()
        {
            Key = "sasaran",
            Group = TopicGroup.About,
            SortOrder = 9,
            Language = "en",
            Title = "Who we serve",
            Body = """
                <b>Who can be served?</b>
                LK3 Kota Bontang serves:
                • individuals
                • families
                • groups
                • institutions
                • organisations

                This includes families who need help because of a problem they are going through, and anyone who needs information to deal with a family problem or to improve their family's living standard. The service is open to the general public, employees, and institutions and organisations.

                If you need help, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "sasaran,siapa,who,dilayani,eligible,berhak,syarat,requirements",
            UpdatedAt = now,
        },
        new()
        {
            Key = "proses",
            Group = TopicGroup.About,
            SortOrder = 10,
            Language = "id",
            Title = "Proses pelayanan",
            Body = """
                <b>Proses pelayanan LK3</b>
                1. <b>Kontak awal</b>: Anda menghubungi kami, dan kami mendengarkan kebutuhan Anda.
                2. <b>Identifikasi kasus</b>: kami mengenali masalah yang sedang dihadapi keluarga Anda.
                3. <b>Penelaahan kasus</b>: kami mempelajari masalah tersebut lebih dalam bersama Anda.
                4. <b>Penyusunan rencana intervensi</b>: kita menyusun rencana bantuan bersama-sama.
                5. <b>Pelaksanaan intervensi</b>: rencana bantuan itu dijalankan.
                6. <b>Monitoring dan evaluasi</b>: kami memantau perkembangan dan menilai hasil bantuan.
                7. <b>Terminasi dan rujukan</b>: pelayanan diakhiri bila masalah sudah teratasi, atau Anda dirujuk ke lembaga lain yang lebih sesuai.
                8. <b>Pembinaan lanjut</b>: kami tetap membina dan memantau agar keadaan keluarga Anda tetap baik.

                Untuk memulai, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "proses,tahap,tahapan,process,stages,langkah,steps,alur,prosedur,procedure",
            UpdatedAt = now,
        },
        new()
        {
            Key = "proses",
            Group = TopicGroup.About,
            SortOrder = 10,
            Language = "en",
            Title = "How the service works",
            Body = """
                <b>How the LK3 service works</b>
                1. <b>Initial contact</b>: you get in touch with us, and we listen to what you need.
                2. <b>Case identification</b>: we identify the problem your family is facing.
                3. <b>Case assessment</b>: we look into the problem more closely together with you.
                4. <b>Intervention planning</b>: together we draw up a plan of help.
                5. <b>Intervention</b>: the plan of help is carried out.
                6. <b>Monitoring and evaluation</b>: we follow the progress and review the results.
                7. <b>Termination and referral</b>: the service ends once the problem is resolved, or you are referred to another, more suitable institution.
                8. <b>Follow-up care</b>: we keep in touch to help your family stay well.

                To begin, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "proses,tahap,tahapan,process,stages,langkah,steps,alur,prosedur,procedure",
            UpdatedAt = now,
        },
        new()
        {
            Key = "kontak",
            Group = TopicGroup.About,
            SortOrder = 11,
            Language = "id",
            Title = "Alamat & jam kantor",
            Body = """
                <b>LK3 Kota Bontang</b>
                Lembaga Konsultasi Kesejahteraan Keluarga, di bawah Dinas Sosial dan Tenaga Kerja Kota Bontang.

                <b>Jam layanan kantor:</b> Senin–Jumat, pukul 08.00–16.00 WITA.

                Untuk membuat janji temu, silakan pilih <b>Minta bantuan</b> di menu. Konselor kami akan menghubungi Anda.
                """,
            Keywords = "alamat,address,kantor,office,jam,hours,telepon,phone,kontak,contact,lokasi,location,janji temu,appointment",
            UpdatedAt = now,
        },
        new()
        {
            Key = "kontak",
            Group = TopicGroup.About,
            SortOrder = 11,
            Language = "en",
            Title = "Office & hours",
            Body = """
                <b>LK3 Kota Bontang</b>
                The Family Welfare Consultation Institute, under the Social and Manpower Office of Bontang City (Dinas Sosial dan Tenaga Kerja Kota Bontang).

                <b>Office hours:</b> Monday–Friday, 08.00–16.00 WITA.

                To make an appointment, please choose <b>Ask for help</b> in the menu. One of our counsellors will contact you.
                """,
            Keywords = "alamat,address,kantor,office,jam,hours,telepon,phone,kontak,contact,lokasi,location,janji temu,appointment",
            UpdatedAt = now,
        },
        new()
        {
            Key = "mitra",
            Group = TopicGroup.About,
            SortOrder = 12,
            Language = "id",
            Title = "Lembaga rujukan",
            Body = """
                <b>Lembaga rujukan LK3 Kota Bontang</b>
                Bila diperlukan, kami dapat merujuk Anda ke lembaga berikut:
                • Lembaga Bantuan Hukum
                • Kepolisian
                • Rumah Sakit
                • Panti Sosial Perlindungan Anak
                • Panti Sosial Bina Remaja
                • Rumah Perlindungan Trauma Center Yayasan Kharisma Pertiwi Samarinda
                • Yayasan Laras
                • Yayasan Pandu Qolby
                • Baznas Kota Bontang
                • LAZ Halal
                • LAZ Pama
                • LAZ Yaumil PT Badak
                • LKBN Antara Biro Kaltim

                Untuk mendapatkan rujukan, silakan pilih <b>Minta bantuan</b> di menu.
                """,
            Keywords = "rujukan mitra,lembaga rujukan,mitra,partner,partners,referral partners,jaringan,network",
            UpdatedAt = now,
        },
        new()
        {
            Key = "mitra",
            Group = TopicGroup.About,
            SortOrder = 12,
            Language = "en",
            Title = "Referral partners",
            Body = """
                <b>LK3 Kota Bontang referral partners</b>
                When needed, we can refer you to these institutions:
                • Lembaga Bantuan Hukum (legal aid)
                • Kepolisian (police)
                • Rumah Sakit (hospital)
                • Panti Sosial Perlindungan Anak (child protection home)
                • Panti Sosial Bina Remaja (youth care home)
                • Rumah Perlindungan Trauma Center Yayasan Kharisma Pertiwi Samarinda
                • Yayasan Laras
                • Yayasan Pandu Qolby
                • Baznas Kota Bontang
                • LAZ Halal
                • LAZ Pama
                • LAZ Yaumil PT Badak
                • LKBN Antara Biro Kaltim

                To get a referral, please choose <b>Ask for help</b> in the menu.
                """,
            Keywords = "rujukan mitra,lembaga rujukan,mitra,partner,partners,referral partners,jaringan,network",
            UpdatedAt = now,
        },
        new()
        {
            Key = "darurat",
            Group = TopicGroup.Emergency,
            SortOrder = 13,
            Language = "id",
            Title = "Nomor darurat",
            Body = """
                Jika Anda atau orang lain sedang dalam bahaya saat ini, segera hubungi salah satu nomor berikut:
                • <b>112</b>: darurat umum
                • <b>110</b>: polisi
                • <b>119</b>: ambulans
                • <b>SAPA 129</b> atau WhatsApp <b>08111-129-129</b>: layanan pengaduan kekerasan terhadap perempuan dan anak (KemenPPPA)

                Jika memungkinkan, pergilah ke tempat yang aman. Setelah Anda aman, Anda dapat memilih <b>Minta bantuan</b> di menu agar konselor kami dapat menghubungi Anda.
                """,
            Keywords = "darurat,emergency,bahaya,danger,urgent,gawat,polisi,police,ambulans,ambulance,terancam,threatened",
            UpdatedAt = now,
        },
        new()
        {
            Key = "darurat",
            Group = TopicGroup.Emergency,
            SortOrder = 13,
            Language = "en",
            Title = "Emergency numbers",
            Body = """
                If you or someone else is in danger right now, call one of these numbers straight away:
                • <b>112</b>: general emergency
                • <b>110</b>: police
                • <b>119</b>: ambulance
                • <b>SAPA 129</b> or WhatsApp <b>08111-129-129</b>: reporting service for violence against women and children (KemenPPPA)

                If you can, go to a safe place. Once you are safe, you can choose <b>Ask for help</b> in the menu so that one of our counsellors can contact you.
                """,
            Keywords = "darurat,emergency,bahaya,danger,urgent,gawat,polisi,police,ambulans,ambulance,terancam,threatened",
            UpdatedAt = now,
        },
    ];

    public static IReadOnlyList<ReferralPartner> ReferralPartners() =>
    [
        new() { Name = "Lembaga Bantuan Hukum", Kind = "Bantuan hukum" },
        new() { Name = "Kepolisian", Kind = "Kepolisian" },
        new() { Name = "Rumah Sakit", Kind = "Kesehatan" },
        new() { Name = "Panti Sosial Perlindungan Anak", Kind = "Panti sosial" },
        new() { Name = "Panti Sosial Bina Remaja", Kind = "Panti sosial" },
        new() { Name = "Rumah Perlindungan Trauma Center Yayasan Kharisma Pertiwi Samarinda", Kind = "Perlindungan" },
        new() { Name = "Yayasan Laras", Kind = "Yayasan" },
        new() { Name = "Yayasan Pandu Qolby", Kind = "Yayasan" },
        new() { Name = "Baznas Kota Bontang", Kind = "Zakat dan amal" },
        new() { Name = "LAZ Halal", Kind = "Zakat dan amal" },
        new() { Name = "LAZ Pama", Kind = "Zakat dan amal" },
        new() { Name = "LAZ Yaumil PT Badak", Kind = "Zakat dan amal" },
        new() { Name = "LKBN Antara Biro Kaltim", Kind = "Media" },
    ];
}
