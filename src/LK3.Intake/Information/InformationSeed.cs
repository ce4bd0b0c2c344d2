namespace LK3.Intake.Information;

/// <summary>
/// The information content the bot starts with, taken from the 2013 ANTARA article on LK3 Kota Bontang; staff edit it
/// afterwards. Where the article says nothing (cost, the psychologists' days) the text says so kindly and a staff note
/// asks staff to complete it. Office facts are placeholders filled from settings (<see cref="OfficeFacts"/>).
/// </summary>
internal static class InformationSeed
{
    public static IReadOnlyList<InformationTopic> Topics(DateTimeOffset now)
    {
        InformationTopic[] topics =
        [
            .. Both("konseling", TopicGroup.Service, 1, "konseling,counseling,counselling,counselor,counsellor,konselor,curhat,tatap muka,face to face,"
                + "psikososial,psychosocial,konseling online,lewat whatsapp,online,sesi konseling,berapa sesi,berapa kali sesi,berapa kali konseling,sesi",
                ("Konseling", """
                <b>Konseling</b>
                Konseling adalah bantuan bagi keluarga yang sedang mengalami masalah psikososial, yaitu masalah yang menyangkut perasaan, pikiran,
                """ + " " + """
                dan hubungan di dalam keluarga maupun dengan orang lain.
                Anda dapat menceritakan apa yang sedang Anda alami kepada konselor kami, lalu bersama-sama kita mencari jalan keluarnya.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Counselling", """
                <b>Counselling</b>
                Counselling is help for families who are going through psychosocial problems:
                """ + " " + """
                troubles with feelings, thoughts, and relationships within the family or with other people.
                You can tell one of our counsellors what you are going through, and together we will look for a way forward.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("konsultasi", TopicGroup.Service, 2, "konsultasi,konsul,minta konsultasi,terima konsultasi,consultation,consult,konsultan,nasihat,nasehat,"
                + "saran,advice,ahli,expert,penasihatan",
                ("Konsultasi", """
                <b>Konsultasi</b>
                Konsultasi adalah bantuan berupa nasihat bagi keluarga, kelompok, masyarakat, dan organisasi.
                Nasihat diberikan oleh seorang ahli atau sebuah tim yang memiliki pengetahuan, keterampilan, dan kualifikasi profesional yang memadai.
                Anda dapat berkonsultasi tentang masalah keluarga yang sedang Anda hadapi.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Consultation", """
                <b>Consultation</b>
                Consultation is help in the form of advice for families, groups, communities, and organisations.
                The advice is given by a person or a team with the right knowledge, skills, and professional qualifications.
                You can consult us about the family problem you are facing.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("pemberian-informasi", TopicGroup.Service, 3, "pemberian informasi,layanan informasi,kasih info,info soal,info tentang,punya info,"
                + "informasi tentang,program kesejahteraan,kesejahteraan keluarga,relawan,volunteer,partisipasi,participate,ikut bantu,ikut membantu,donasi,"
                + "sumbangan,menyumbang,pelatihan,keterampilan,seminar,penyuluhan,info kegiatan,materi,minta brosur,ada brosur,bahan bacaan,hak hak,"
                + "giving information,information service,donate",
                ("Pemberian informasi", """
                <b>Pemberian informasi</b>
                Kami memberikan informasi tentang berbagai persoalan keluarga dan upaya meningkatkan kesejahteraan keluarga,
                """ + " " + """
                termasuk lembaga sosial yang dapat membantu menyelesaikan masalah keluarga.
                Kami juga memberikan informasi bagi Anda yang ingin ikut berperan dalam usaha kesejahteraan sosial.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Information giving", """
                <b>Information giving</b>
                We give information about family issues and about ways to improve a family's welfare,
                """ + " " + """
                including which social institutions can help solve a family problem.
                We also give information to anyone who would like to take part in social welfare work.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("penjangkauan", TopicGroup.Service, 4, "penjangkauan,outreach,bimbingan sosial,bimbingan kelompok,group guidance,social guidance,"
                + "turun ke kampung,turun lapangan,turun langsung,turun ke,kunjungan rumah,undang lk3,mengundang,isi materi,home visit,datang ke rumah,"
                + "sosialisasi,visit,jemput bola,pelosok,kunjungan,datang ke desa",
                ("Penjangkauan", """
                <b>Penjangkauan</b>
                Penjangkauan berarti kami datang mendekat kepada keluarga dan masyarakat melalui kegiatan bimbingan sosial kelompok.
                Melalui kegiatan ini, kami juga mengenali keluarga yang sedang menghadapi masalah agar dapat segera dibantu.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Outreach", """
                <b>Outreach</b>
                Outreach means we come to families and communities through group social guidance activities.
                Through these activities we also find families who are facing problems, so that they can be helped soon.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("perlindungan", TopicGroup.Service, 5, "perlindungan,protection,melindungi,dilindungi,rumah aman,tempat aman,safe house,shelter,"
                + "rumah singgah,tempat berlindung,tempat sembunyi,rahasia,identitas pelapor,kerahasiaan,dititip sementara,tempat tinggal sementara,protect",
                ("Perlindungan", """
                <b>Perlindungan</b>
                Perlindungan adalah bantuan agar keluarga terhindar dari keadaan rentan yang sedang dialaminya, misalnya kekerasan dalam rumah tangga.
                Jika Anda atau anggota keluarga Anda merasa tidak aman, Anda tidak sendirian.
                """ + " " + """
                Bila ada yang dalam bahaya sekarang, segera hubungi <b>112</b> atau polisi di <b>110</b>.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Protection", """
                <b>Protection</b>
                Protection is help so that a family is kept safe from the vulnerable situation it is in, for example violence at home.
                If you or someone in your family does not feel safe, you are not alone.
                """ + " " + """
                If anyone is in danger right now, call <b>112</b> or the police on <b>110</b> straight away.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("pendampingan", TopicGroup.Service, 6, "pendampingan,pendamping,dampingi,didampingi,mendampingi,pelayanan lanjutan,lanjutan,accompaniment,"
                + "accompany,ongoing support,continued support,bisa menemani,yang menemani,come with me,pengadilan,sidang,court,visum,lapor polisi ditemani,"
                + "ditemani petugas",
                ("Pendampingan", """
                <b>Pendampingan</b>
                Pendampingan adalah pelayanan lanjutan bagi keluarga yang kami layani.
                Kami tetap mendampingi Anda setelah bantuan pertama diberikan, supaya keluarga Anda tidak menghadapi masalahnya sendirian.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Ongoing support", """
                <b>Ongoing support</b>
                Ongoing support (accompaniment) is continued service for the families we help.
                We stay by your side after the first help has been given, so that your family does not face its problems alone.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("rujukan", TopicGroup.Service, 7, "rujukan,dirujuk,merujuk,referral,refer,rekomendasi,recommendation,surat rujukan,tidak bisa ditangani,"
                + "diarahkan,mengarahkan,tempat lain,lembaga lain,pengacara,lawyer,mau dirujuk,bisa merujuk,rujuk ke,dirujuk ke",
                ("Rujukan", """
                <b>Rujukan</b>
                Jika masalah Anda lebih tepat ditangani oleh lembaga lain, kami memberikan rekomendasi (rujukan) ke lembaga yang sesuai,
                """ + " " + """
                misalnya lembaga bantuan hukum, kepolisian, rumah sakit, atau panti sosial.
                Daftar lengkapnya dapat Anda lihat di menu <b>Lembaga rujukan</b>.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Referral", """
                <b>Referral</b>
                If your problem is better handled by another institution, we give a recommendation (referral) to a suitable one, for example legal aid,
                """ + " " + """
                the police, a hospital, or a social care home.
                You can see the full list under <b>Referral partners</b> in the menu.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("pusat-informasi", TopicGroup.Service, 8, "pusat informasi,information centre,information center,kesejahteraan sosial,social welfare,kesos,"
                + "pekerjaan sosial,pekerja sosial,social work,social worker,praktik,praktek,magang,internship,penelitian,peneliti,riset,skripsi,mahasiswa,"
                + "dosen,bentuk lk3,pembentukan lk3,membuat lk3,panduan,tingkat kelurahan,berbasis masyarakat,pos konsultasi,dibina,pembinaan,research,"
                + "kumpul info,kumpulkan informasi,semua bantuan,pusat info,layanan sosial,info lengkap,info bantuan,ada data,data jumlah,statistik,data kasus",
                ("Pusat informasi kesos", """
                <b>Pusat informasi pelayanan kesejahteraan sosial</b>
                LK3 juga menjadi pusat informasi pelayanan kesejahteraan sosial.
                Di sini Anda dapat bertanya tentang praktik pekerjaan sosial dalam menangani masalah sosial dan psikologis keluarga,
                """ + " " + """
                serta tentang pembentukan LK3 dan pengembangan konsultasi kesejahteraan keluarga berbasis masyarakat.

                Jika Anda membutuhkan bantuan ini, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Welfare info centre", """
                <b>Social welfare information centre</b>
                LK3 is also an information centre for social welfare services.
                Here you can ask about social work practice in handling the social and psychological problems of families,
                """ + " " + """
                and about setting up an LK3 and developing community-based family welfare consultation.

                If you need this help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("sasaran", TopicGroup.About, 9, "sasaran,dilayani,melayani,eligible,berhak,syarat,requirements,siapa yang bisa,warga,instansi,perusahaan,"
                + "karyawan,who can,who do you serve,boleh minta layanan,untuk tetangga,orang lain,bukan keluarga,hanya untuk,cuma untuk,hanya buat,cuma buat,"
                + "sudah berkeluarga,belum nikah,bujang,lajang,belum menikah,laki laki bisa,untuk perempuan,buat perempuan,hanya perempuan,cuma perempuan,"
                + "bapak bapak bisa,untuk laki laki",
                ("Siapa yang dilayani", """
                <b>Siapa yang dapat dilayani?</b>
                LK3 Kota Bontang melayani:
                • individu
                • keluarga
                • kelompok
                • instansi (institusi)
                • organisasi

                Termasuk keluarga yang membutuhkan bantuan karena masalah yang sedang dialaminya,
                """ + " " + """
                serta siapa saja yang membutuhkan informasi untuk mengatasi masalah keluarga atau untuk meningkatkan taraf hidup keluarganya.
                """ + " " + """
                Pelayanan terbuka bagi masyarakat umum, karyawan, maupun instansi dan organisasi.

                Jika Anda membutuhkan bantuan, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Who we serve", """
                <b>Who can be served?</b>
                LK3 Kota Bontang serves:
                • individuals
                • families
                • groups
                • institutions
                • organisations

                This includes families who need help because of a problem they are going through,
                """ + " " + """
                and anyone who needs information to deal with a family problem or to improve their family's living standard.
                """ + " " + """
                The service is open to the general public, employees, and institutions and organisations.

                If you need help, please choose <b>Ask for help</b> in the menu.
                """)),
            .. Both("proses", TopicGroup.About, 10, "proses,tahap,tahapan,process,stages,langkah,steps,alur,prosedur,procedure,cara kerja,"
                + "dari awal sampai selesai,how does it work,how does the process work,what happens,after i contact,setelah menghubungi,mekanisme,"
                + "dihubungi kapan,kapan dihubungi,setelah daftar,berkas,bawa apa,dokumen apa,cara daftar,cara mendaftar,berapa lama,ditangani sampai selesai,"
                + "step by step,perlu bawa,bawa ktp,formulir,form pendaftaran,pendaftaran,setelah chat,habis chat,selanjutnya,ngapain,nanti ditelepon",
                ("Proses pelayanan", """
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
                """),
                ("How the service works", """
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
                """)),
            .. Both("alamat", TopicGroup.About, 11, "alamat,address,lokasi,location,kantor dimana,dimana kantor,kantor lk3,lk3 dimana,dimana lk3,share loc,"
                + "share lokasi,ojol,rute,maps,peta,where,dekat mana,jauh dari,letak,gedung,dinas sosial,kontak,contact,nomor telepon,telepon kantor,"
                + "phone number,janji temu,appointment",
                ("Alamat & kontak", """
                <b>LK3 Kota Bontang</b>
                Lembaga Konsultasi Kesejahteraan Keluarga, di bawah Dinas Sosial dan Tenaga Kerja Kota Bontang.
                • Alamat: {alamat_kantor}
                • Telepon: {telepon_kantor}
                • WhatsApp: {whatsapp_kantor}
                • Jam layanan: {jam_layanan}

                Untuk membuat janji temu, silakan pilih <b>Minta bantuan</b> di menu. Konselor kami akan menghubungi Anda.
                """),
                ("Address & contact", """
                <b>LK3 Kota Bontang</b>
                The Family Welfare Consultation Institute, under the Social and Manpower Office of Bontang City (Dinas Sosial dan Tenaga Kerja Kota Bontang).
                • Address: {alamat_kantor}
                • Telephone: {telepon_kantor}
                • WhatsApp: {whatsapp_kantor}
                • Office hours: {jam_layanan}

                To make an appointment, please choose <b>Ask for help</b> in the menu. One of our counsellors will contact you.
                """),
                staffNote: "Alamat, telepon dan WhatsApp diisi dari pengaturan Office:Address, Office:Phone dan Office:WhatsApp; jam dari OfficeHours."),
            .. Both("jam", TopicGroup.About, 12, "jam buka,jam tutup,jam kerja,jam layanan,jam kantor,jam berapa,jam,buka,buka hari ini,kapan tutup,tutup jam,"
                + "hari apa,sabtu,hari minggu,libur,istirahat,jaga,opening hours,office hours,hours,open,closed,saturday,sunday,kapan buka,datang langsung,"
                + "malam hari,ada yang balas,dibalas,24 jam",
                ("Jam layanan", """
                <b>Jam layanan LK3 Kota Bontang</b>
                Kantor kami buka {jam_layanan}.
                Di luar jam itu, termasuk akhir pekan dan hari libur, Anda tetap bisa menulis di sini:
                """ + " " + """
                pesan Anda tersimpan dan kami tanggapi pada jam kerja berikutnya.
                Sebaiknya buat janji dulu sebelum datang: pilih <b>Minta bantuan</b> di menu.

                Jika ada yang dalam bahaya sekarang, jangan menunggu: hubungi <b>112</b>.
                """),
                ("Office hours", """
                <b>LK3 Kota Bontang office hours</b>
                Our office is open {jam_layanan}.
                Outside those hours, weekends and public holidays included, you can still write here:
                """ + " " + """
                your message is kept and we answer it in the next working hours.
                It is best to make an appointment before you come: choose <b>Ask for help</b> in the menu.

                If anyone is in danger right now, do not wait: call <b>112</b>.
                """)),
            .. Both("biaya", TopicGroup.About, 13, "berapa biaya,biaya berapa,ada biaya,biaya konseling,biaya layanan,biaya apa,bayar,dibayar,"
                + "per jam,per sesi,berbayar,gratis,tarif,harga,ongkos,administrasi,mahal,murah,free,cost,pay,fee,charge,price",
                ("Biaya layanan", """
                <b>Biaya layanan</b>
                LK3 Kota Bontang adalah lembaga pelayanan sosial di bawah Dinas Sosial dan Tenaga Kerja Kota Bontang.
                Untuk keterangan pasti tentang biaya, silakan tanyakan kepada petugas kami lewat chat ini.
                Jangan sampai soal biaya membuat Anda ragu meminta bantuan: ceritakan keadaan Anda, dan kita cari jalan keluarnya bersama.
                """),
                ("Cost", """
                <b>Cost of the service</b>
                LK3 Kota Bontang is a social service under the Social and Manpower Office of Bontang City.
                For exact information about any cost, please ask our staff in this chat.
                Please do not let cost stop you from asking for help: tell us about your situation, and we will look for a way forward together.
                """),
                staffNote: "Artikel sumber tidak menyebut biaya layanan. Mohon lengkapi teks ini dengan ketentuan biaya LK3 Kota Bontang."),
            .. Both("psikolog", TopicGroup.About, 14, "psikolog,psychologist,jadwal psikolog,psikolog ada hari,tenaga ahli,profesional,professional,"
                + "konselor perempuan,konselor laki,psikolog datang,hari apa,jadwal,psikolog hari,psikolog buka,psikolog praktek,jadwal konselor",
                ("Psikolog", """
                <b>Psikolog dan konselor</b>
                LK3 Kota Bontang bekerja dengan konselor dan psikolog untuk membantu keluarga yang mengalami masalah psikososial.
                Hari dan jam praktik psikolog dapat Anda tanyakan kepada petugas kami lewat chat ini.
                Jika Anda lebih nyaman berbicara dengan konselor perempuan atau laki-laki, sampaikan saja; kami akan berusaha mengaturnya.

                Untuk bertemu konselor, silakan pilih <b>Minta bantuan</b> di menu.
                """),
                ("Psychologists", """
                <b>Psychologists and counsellors</b>
                LK3 Kota Bontang works with counsellors and psychologists to help families with psychosocial problems.
                You can ask our staff in this chat on which days and at what times a psychologist is available.
                If you would feel more comfortable talking to a woman or a man, just tell us; we will try to arrange it.

                To meet a counsellor, please choose <b>Ask for help</b> in the menu.
                """),
                staffNote: "Artikel sumber menyebut psikolog LK3 tetapi tidak menyebut jadwalnya. Mohon lengkapi hari dan jam praktik psikolog."),
            .. Both("mitra", TopicGroup.About, 15, "mitra,lembaga rujukan,jaringan,kerjasama,kerja sama,bekerja sama,partner,partners,referral partners,"
                + "network,lbh,lembaga bantuan hukum,lembaga apa saja,daftar lembaga,hubungan dengan,panti sosial,yayasan,baznas,laz,trauma center,trauma,"
                + "dilempar ke mana,bantu hukum,bantuan hukum,kerja bareng,bekerja bareng,kerjasama dengan,uptd,ppa,p2tp2a,dp3a,mitra lk3",
                ("Lembaga rujukan", """
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
                """),
                ("Referral partners", """
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
                """)),
            .. Both("darurat", TopicGroup.Emergency, 16, "darurat,emergency,nomor darurat,nomor polisi,nomor ambulans,ambulans,ambulance,sapa",
                ("Nomor darurat", """
                Jika Anda atau orang lain sedang dalam bahaya saat ini, segera hubungi salah satu nomor berikut:
                • <b>112</b>: darurat umum
                • <b>110</b>: polisi
                • <b>119</b>: ambulans
                • <b>SAPA 129</b> atau WhatsApp <b>08111-129-129</b>: layanan pengaduan kekerasan terhadap perempuan dan anak (KemenPPPA)

                Jika memungkinkan, pergilah ke tempat yang aman.
                """ + " " + """
                Setelah Anda aman, konselor LK3 siap membantu Anda selanjutnya.
                """),
                ("Emergency numbers", """
                If you or someone else is in danger right now, call one of these numbers straight away:
                • <b>112</b>: general emergency
                • <b>110</b>: police
                • <b>119</b>: ambulance
                • <b>SAPA 129</b> or WhatsApp <b>08111-129-129</b>: reporting service for violence against women and children (KemenPPPA)

                If you can, go to a safe place.
                """ + " " + """
                Once you are safe, an LK3 counsellor is ready to help you further.
                """)),
            .. Both("krisis", TopicGroup.Emergency, 17, "krisis,bunuh diri,suicide,kesehatan jiwa,mental health,sejiwa",
                ("Layanan krisis", """
                Terima kasih sudah mau bercerita. Apa yang Anda rasakan itu berat, dan Anda tidak harus menanggungnya sendirian.
                Jika Anda ingin menyakiti diri sendiri atau mengakhiri hidup, bicaralah dengan seseorang sekarang:
                • <b>119 ekstensi 8</b>: layanan konseling kesehatan jiwa (SEJIWA)
                • <b>112</b>: darurat, atau datang ke IGD rumah sakit terdekat
                • Hubungi orang yang Anda percaya dan minta ia menemani Anda.

                Jika Anda sudah minum obat, racun, atau melukai diri, segera ke IGD atau hubungi <b>112</b> atau <b>119</b>.
                """),
                ("Crisis support", """
                Thank you for telling us. What you are feeling is heavy, and you do not have to carry it alone.
                If you want to hurt yourself or end your life, please talk to someone now:
                • <b>119 extension 8</b>: mental health counselling line (SEJIWA)
                • <b>112</b>: emergency, or go to the nearest hospital emergency room (IGD)
                • Call someone you trust and ask them to stay with you.

                If you have already taken pills or poison, or hurt yourself, go to an emergency room now or call <b>112</b> or <b>119</b>.
                """),
                staffNote: "Pesan untuk keluarga yang menyebut bunuh diri atau melukai diri. Periksa bahwa nomor-nomor ini berlaku di Bontang."),
        ];
        foreach (var topic in topics) topic.UpdatedAt = now;
        return topics;
    }

    /// <summary>One topic in Bahasa Indonesia and English, with the keywords both share.</summary>
    private static IEnumerable<InformationTopic> Both(
        string key, TopicGroup group, int order, string keywords, (string Title, string Body) indonesian, (string Title, string Body) english,
        string? staffNote = null) =>
        [
            new()
            {
                Key = key, Group = group, SortOrder = order, Language = "id", Title = indonesian.Title, Body = indonesian.Body, Keywords = keywords,
                StaffNote = staffNote,
            },
            new()
            {
                Key = key, Group = group, SortOrder = order, Language = "en", Title = english.Title, Body = english.Body, Keywords = keywords,
                StaffNote = staffNote,
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
