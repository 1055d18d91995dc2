import type { DemoTranslation } from './demo-types.ts';

/** Versions of demo posts in the network's other languages, linked to their originals. */
export const demoTranslations: DemoTranslation[] = [
  {
    of: 'nepal-second-wave-migrants-border',
    locale: 'ne',
    slug: 'nepal-second-wave-migrants-border-ne',
    title: 'नेपालमा दोस्रो लहर: फर्किएका आप्रवासी श्रमिक, भरिभराउ अस्पताल र फेरि राहतमा जुटेका ट्रेड युनियन',
    excerpt:
      'भारतसँग खुला सिमाना र त्यहाँ लाखौँ नेपाली काम गर्ने भएकाले नेपालमा दोस्रो लहर तीव्र गतिमा फैलियो। ' +
      'ट्रेड युनियनहरूले आफ्ना विपद् समितिहरू फेरि सक्रिय बनाउँदै छन्।',
    html: `<p>छ हप्ताअघिसम्म नेपालमा दैनिक केही सय जनामा मात्र कोभिड-१९ संक्रमण पुष्टि भइरहेको थियो। मे महिनाको मध्यसम्म आइपुग्दा यो संख्या ९,००० नजिक पुग्यो, र परीक्षण गरिएका हरेक पाँच जनामध्ये दुई जनाको नतिजा पोजिटिभ आयो। काठमाडौं र तराईका सीमावर्ती सहरका अस्पतालहरूमा बेड र अक्सिजनको अभाव भयो। मेको दोस्रो हप्तासम्म ३,५०० भन्दा बढीको मृत्यु भइसकेको थियो, जसमध्ये सयौँ जनाको मृत्यु दुई हप्ताभित्रै भएको थियो।</p>
<h2>खुला सिमाना</h2>
<p>नेपाल र भारतबीच करिब १,८५० किलोमिटर खुला सिमाना छ, र भारतमा करिब ६० लाख नेपाली बसोबास गरी काम गर्ने अनुमान छ: भान्से, चौकीदार, घरेलु श्रमिक तथा कारखाना र खेतका कामदारका रूपमा। भारतमा दोस्रो लहर फैलिएपछि धेरै जना खचाखच भरिएका बसमा सीमा नाकासम्म आइपुगे र घर फर्किए। प्रवेश नाकाहरूमा परीक्षण र क्वारेन्टाइनले यो भीड धान्न सकेन। भाइरस पनि उनीहरूसँगै सिमाना पार गरेर आयो, यसमा उनीहरूको कुनै दोष थिएन।</p>
<p>काठमाडौं उपत्यकामा अप्रिलको अन्त्यदेखि निषेधाज्ञा लागू छ, र अहिले अधिकांश जिल्लामा निषेधाज्ञा जारी छ। अनौपचारिक क्षेत्रका श्रमिकका लागि यसको अर्थ लगातार दोस्रो वर्ष आम्दानी गुम्नु हो, त्यो पनि बचत पहिल्यै सकिइसकेको अवस्थामा।</p>
<h2>फेरि राहतमा ट्रेड युनियन</h2>
<p>GEFONT, NTUC र ITUC-NAC ले गत वर्ष गठन गरेका विपद् व्यवस्थापन समितिहरू फेरि सक्रिय बनाएका छन्। यी समितिहरूले अहिले:</p>
<ul>
<li>सहयोग चाहिने सदस्यहरूको फोन सूची राखेर सकेसम्म खाद्यान्न पुर्‍याइरहेका छन्;</li>
<li>सदस्यहरूलाई अस्पताल, अक्सिजन र परीक्षणसम्म पुग्न सघाइरहेका छन्;</li>
<li>फर्किएका आप्रवासी श्रमिकलाई क्वारेन्टाइन र वैदेशिक रोजगार कल्याणकारी कोषबाट पाउन सकिने सहयोगबारे सल्लाह दिइरहेका छन्;</li>
<li>सामाजिक सुरक्षा कोषमा आबद्ध श्रमिकहरू उपचार सुविधा पाउने हकदार छन् भनेर रोजगारदाताहरूलाई सम्झाइरहेका छन्।</li>
</ul>
<h2>सरकारसँग हाम्रा माग</h2>
<ol>
<li>अक्सिजनसहित सबैका लागि निःशुल्क परीक्षण र उपचार, सीमावर्ती तराईका जिल्लाहरूलाई प्राथमिकता दिँदै।</li>
<li>अनौपचारिक क्षेत्रका श्रमिक र फर्किएका आप्रवासी श्रमिकलाई खाद्य प्याकेज मात्र होइन, नगद राहत।</li>
<li>सिमानामा खाना, पानी र स्वास्थ्य जाँचसहितको सुरक्षित र मर्यादित क्वारेन्टाइन।</li>
<li>खोप आउनेबित्तिकै अग्रपङ्क्तिमा खटिने र आप्रवासी श्रमिकलाई खोप, र खोप जुटाउन कूटनीतिक दबाब।</li>
</ol>
<p>महामारीअघि नै नेपालको स्वास्थ्य प्रणाली कमजोर थियो। छिमेकी र विश्व समुदायको सहयोगबिना यसले एक्लै यो लहर धान्न सक्दैन।</p>`,
  },
  {
    of: 'cambodian-migrants-returning-from-thailand',
    locale: 'km',
    slug: 'cambodian-migrants-returning-from-thailand-km',
    title: 'ត្រឡប់ពីថៃមកវិញដោយដៃទទេ៖ កិច្ចគាំពារសង្គមសម្រាប់ពលករចំណាកស្រុកកម្ពុជាដែលវិលត្រឡប់មកវិញ',
    excerpt:
      'ចាប់តាំងពីមានជំងឺកូវីដ-១៩ រាតត្បាតមក ពលករចំណាកស្រុកកម្ពុជារាប់ម៉ឺននាក់បានវិលត្រឡប់ពីប្រទេសថៃមកវិញ។ ' +
      'ភាគច្រើនរកឃើញថា មិនមានរបបណាមួយនៅសងខាងព្រំដែន ដែលផ្ដល់កិច្ចគាំពារដល់ពួកគេឡើយ។',
    html: `<p>គេប៉ាន់ស្មានថា ពលរដ្ឋកម្ពុជាជាងមួយលាននាក់កំពុងធ្វើការនៅប្រទេសថៃ នៅការដ្ឋានសំណង់ ចម្ការ និងលើទូកនេសាទ នៅក្នុងរោងចក្រ និងជាពលករបម្រើការងារតាមផ្ទះរបស់ជនជាតិថៃ។ ចាប់តាំងពីការបិទព្រំដែនក្នុងឆ្នាំ២០២០ មក មនុស្សរាប់ម៉ឺននាក់បានវិលត្រឡប់មកវិញ ដែលភាគច្រើនឆ្លងកាត់តាមច្រកព្រំដែនប៉ោយប៉ែត។ នៅពេលដែលប្រទេសថៃជួបការឆ្លងរាលដាលរលកទីបីនាពេលថ្មីៗនេះ ពលករមួយក្រុមទៀតបានវិលត្រឡប់មកវិញ ហើយត្រូវធ្វើចត្តាឡីស័កនៅមណ្ឌលចត្តាឡីស័ករយៈពេលពីរសប្ដាហ៍ មុននឹងត្រឡប់ទៅភូមិកំណើតរបស់ពួកគេ។</p>
<h2>កិច្ចគាំពារដែលបញ្ចប់ត្រឹមព្រំដែន</h2>
<p>ជាគោលការណ៍ ពលករចំណាកស្រុកដែលបានទៅប្រទេសថៃតាមបណ្ដាញស្របច្បាប់ មានការធានារ៉ាប់រងជាមួយការិយាល័យសន្តិសុខសង្គមថៃ។ អ្នកផ្សេងទៀតជាច្រើនបានទៅដោយគ្មានឯកសារ តាមរយៈមេខ្យល់ ហើយគ្មានការធានារ៉ាប់រងអ្វីទាល់តែសោះ។ មិនថាក្នុងករណីណាក៏ដោយ កិច្ចគាំពារនោះបញ្ចប់ នៅពេលពួកគេឆ្លងព្រំដែនត្រឡប់មកកម្ពុជាវិញ៖</p>
<ul>
<li>ភាគទានដែលបានបង់នៅប្រទេសថៃ កម្រនឹងទាមទារយកមកវិញបាន ដោយសារពលករមិនដឹងពីរបៀបទាមទារ ឬមិនអាចត្រឡប់ទៅវិញដើម្បីទាមទារបាន;</li>
<li>បេឡាជាតិរបបសន្តិសុខសង្គម គ្របដណ្ដប់តែលើអ្នកដែលមាននិយោជកនៅកម្ពុជាប៉ុណ្ណោះ;</li>
<li>ការវាយតម្លៃអត្តសញ្ញាណកម្មគ្រួសារក្រីក្រ (IDPoor) នៅភូមិកំណើតរបស់ពួកគេ ច្រើនតែធ្វើឡើងនៅពេលដែលពលករកំពុងរកប្រាក់ចំណូលនៅបរទេស ដូច្នេះគ្រួសាររបស់ពួកគេមិនត្រូវបានចុះបញ្ជីជាគ្រួសារក្រីក្រទេ;</li>
<li>ស្ត្រីដែលធ្វើការងារបម្រើតាមផ្ទះរបស់ជនជាតិថៃ ច្រើនតែគ្មានកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ ដើម្បីបង្ហាញពីប្រាក់ដែលពួកគេត្រូវទទួលបាននោះទេ។</li>
</ul>
<h2>អ្វីដែលពលករវិលត្រឡប់បានប្រាប់យើង</h2>
<p>នៅខេត្តបន្ទាយមានជ័យ និងខេត្តបាត់ដំបង សកម្មជនរបស់ CLC និង IDEA បានជួបពលករវិលត្រឡប់ ដែលបានលក់ដី ឬខ្ចីប្រាក់យ៉ាងច្រើន ដើម្បីបង់ឱ្យមេខ្យល់ ហើយឥឡូវនេះជំពាក់បំណុល និងគ្មានប្រាក់ចំណូល។ អ្នកខ្លះបានរកការងារឈ្នួលប្រចាំថ្ងៃនៅការដ្ឋានសំណង់ ខណៈអ្នកខ្លះទៀតគ្រោងនឹងត្រឡប់ទៅប្រទេសថៃវិញភ្លាមៗ នៅពេលដែលព្រំដែនអនុញ្ញាត ទោះបីមានហានិភ័យយ៉ាងណាក៏ដោយ។</p>
<h2>សំណើរបស់យើង</h2>
<ol>
<li>កិច្ចព្រមព្រៀងទ្វេភាគីជាមួយប្រទេសថៃ ដើម្បីឱ្យភាគទាន និងសិទ្ធិទទួលអត្ថប្រយោជន៍ អាចផ្ទេរតាមពលករមកស្រុកកំណើតវិញ។</li>
<li>តុជំនួយនៅច្រកព្រំដែន និងនៅមន្ទីរការងារខេត្ត ដើម្បីចុះឈ្មោះពលករវិលត្រឡប់ សម្រាប់ការវាយតម្លៃ IDPoor ឡើងវិញ និងសម្រាប់ការស្វែងរកការងារ។</li>
<li>ការចុះឈ្មោះជាមួយបេឡាជាតិរបបសន្តិសុខសង្គម (NSSF) មុនពេលចេញដំណើរ ដើម្បីឱ្យកំណត់ត្រារបស់ពលករចំណាកស្រុកនៅបន្ត នៅពេលពួកគេត្រឡប់មកវិញ។</li>
<li>ការទទួលស្គាល់ការងារបម្រើតាមផ្ទះថាជាការងារពិតប្រាកដ នៅក្នុងប្រទេសទាំងពីរ ដោយមានកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ សម្រាប់ពលករចំណាកស្រុកបម្រើការងារតាមផ្ទះគ្រប់រូប។</li>
</ol>
<p>អស់រយៈពេលពីរទសវត្សរ៍មកហើយ ការធ្វើចំណាកស្រុកគឺជាសន្ទះសុវត្ថិភាពរបស់កម្ពុជា។ ការរាតត្បាតនៃជំងឺកូវីដ-១៩ បានបង្ហាញថា អ្នកដែលដើរលើផ្លូវនោះ ក៏ត្រូវការសំណាញ់សុវត្ថិភាពសង្គមសម្រាប់ខ្លួនពួកគេផ្ទាល់ដែរ។</p>`,
  },
  {
    of: 'indonesia-informal-workers-bpjs-ketenagakerjaan',
    locale: 'id',
    slug: 'indonesia-informal-workers-bpjs-ketenagakerjaan-id',
    title:
      'Pengemudi ojek, pedagang, dan pekerja lepas muda: membuka BPJS Ketenagakerjaan bagi pekerja informal',
    excerpt:
      'Dari puluhan juta pekerja informal di Indonesia, baru 2,68 juta yang terlindungi jaminan ' +
      'kecelakaan kerja. Anggota kami menginginkan subsidi iuran dan cara mendaftar yang lebih mudah.',
    html: `<p>Lebih dari separuh pekerja di Indonesia mencari nafkah di sektor informal: pengemudi ojek online maupun ojek pangkalan, pedagang pasar, petani, nelayan, pekerja rumahan, serta pekerja lepas muda yang jumlahnya bertambah pesat. Sejak 2014 mereka bisa menjadi peserta BPJS Ketenagakerjaan sebagai peserta Bukan Penerima Upah (BPU). Namun hingga Februari 2021, baru 2,68 juta orang yang terdaftar.</p>
<h2>Apa yang didapat peserta Bukan Penerima Upah</h2>
<p>Dengan iuran sekitar Rp16.800 per bulan, pekerja informal terlindungi dari risiko:</p>
<ul>
<li><strong>kecelakaan kerja (JKK)</strong>: biaya pengobatan tanpa batas plafon, serta penggantian penghasilan selama tidak mampu bekerja;</li>
<li><strong>kematian (JKM)</strong>: santunan sekaligus dan biaya pemakaman bagi keluarga, ditambah beasiswa untuk anak dalam kasus tertentu.</li>
</ul>
<p>Peserta dapat menambah tabungan Jaminan Hari Tua (JHT) dengan iuran tambahan. Tidak ada jaminan pensiun, dan sejak peraturan baru tentang Jaminan Kehilangan Pekerjaan terbit pada Februari, tidak ada pula perlindungan saat kehilangan pekerjaan: program itu hanya untuk pekerja penerima upah.</p>
<h2>Mengapa sedikit sekali yang ikut</h2>
<p>Anggota kami, di antaranya KSBSI dan platform informasi upah Gajimu.com, bertanya kepada pekerja informal muda mengapa mereka belum mendaftar. Jawabannya seragam: mereka belum pernah mendengar program ini; mereka mengira program ini hanya untuk buruh pabrik; mereka tidak tahu harus mendaftar di mana; atau mereka pernah mendaftar, lalu berhenti membayar ketika pekerjaan sepi selama pandemi.</p>
<p>Sejumlah pemerintah kabupaten/kota dan provinsi kini membayarkan iuran pekerja informal yang rentan, seperti petani, nelayan, dan guru ngaji, dari APBD mereka sendiri. Di daerah yang melakukannya, kepesertaan naik dengan cepat.</p>
<h2>Tuntutan kami</h2>
<ol>
<li>Subsidi nasional untuk iuran pekerja informal berpenghasilan rendah, belajar dari program daerah yang sudah terbukti berhasil.</li>
<li>Pendaftaran melalui serikat pekerja, koperasi, paguyuban pedagang pasar, dan platform ojek online, cukup dengan satu formulir daring.</li>
<li>Perusahaan platform membayar iuran jaminan kecelakaan kerja dan kematian bagi pengemudi dan kurir mereka.</li>
<li>Jalan bagi pekerja informal untuk ikut program jaminan pensiun dan jaminan kehilangan pekerjaan.</li>
</ol>
<p>Pekerja muda menjadi pusat upaya ini. Pada bulan Juni, KSBSI akan bergabung dalam <a href="/events/young-informal-uninsured-webinar">webinar regional kami tentang pekerja muda dan pekerja informal</a> untuk berbagi pengalamannya.</p>`,
  },
  {
    of: 'rana-plaza-eight-years-employment-injury-insurance',
    locale: 'bn',
    slug: 'rana-plaza-eight-years-employment-injury-insurance-bn',
    title: 'রানা প্লাজা ধসের আট বছর: বাংলাদেশে এখনো কর্মজনিত আঘাত বিমা নেই',
    excerpt:
      'যে ভবনধসে ১ হাজার ১৩৪ জন পোশাকশ্রমিক নিহত হয়েছিলেন, তার বার্ষিকীতে আমাদের সদস্য সংগঠনগুলোর প্রশ্ন: ' +
      'আহত শ্রমিক ও স্বজনহারা পরিবারগুলোকে কেন এখনো এককালীন অর্থের ওপর নির্ভর করতে হয়?',
    html: `<p>আট বছর আগে আজকের দিনে সাভারের রানা প্লাজা ভবন ধসে পড়ে, ভেতরে তখন হাজার হাজার পোশাকশ্রমিক। নিহত হন ১ হাজার ১৩৪ জন, আহত হন ২ হাজারের বেশি মানুষ। তাঁদের বেশির ভাগই ছিলেন তরুণ নারী। আগের দিনই ভবনের দেয়ালে ফাটল দেখা দিয়েছিল; তবু পরদিন সকালে শ্রমিকদের আবার মেশিনে ফেরার নির্দেশ দেওয়া হয়।</p>
<h2>যা বদলেছে</h2>
<p>এই বিপর্যয়ের পর সত্যিকারের কিছু উন্নতি হয়েছে। অগ্নি ও ভবন নিরাপত্তা চুক্তি বা অ্যাকর্ডের আওতায় ব্র্যান্ড ও ট্রেড ইউনিয়নগুলো মিলে এক হাজারের বেশি কারখানা পরিদর্শন করেছে এবং মালিকদের সংস্কারকাজ করতে বাধ্য করেছে। ব্র্যান্ডগুলোকে অর্থ দিতে রাজি করাতে দীর্ঘ লড়াইয়ের পর ILO-র সভাপতিত্বে গঠিত একটি তহবিল শেষ পর্যন্ত ক্ষতিগ্রস্ত শ্রমিক ও তাঁদের পরিবারকে প্রায় ৩ কোটি মার্কিন ডলার দিয়েছে। বাংলাদেশ শ্রম আইন সংশোধন করে কর্মস্থলে মৃত্যুর ক্ষতিপূরণ বাড়িয়ে ২ লাখ টাকা করেছে।</p>
<h2>যা বদলায়নি</h2>
<p>এই পরিমাণের এককালীন অর্থ একজন শ্রমিকের কয়েক দশকের আয়ের বিকল্প হতে পারে না। ক্ষতিপূরণ পাওয়া এখনো নির্ভর করে মালিক তা দেবেন কি না তার ওপর, আর অনেক আহত শ্রমিক কখনো কিছুই পান না, বিশেষ করে ছোট কারখানায় এবং পোশাক খাতের বাইরে। বাংলাদেশে এখনো কর্মজনিত আঘাত বিমা (এমপ্লয়মেন্ট ইনজুরি ইন্স্যুরেন্স) নেই: এমন কোনো সরকারি ব্যবস্থা নেই, যা আঘাতে প্রতিবন্ধী হয়ে পড়া শ্রমিককে বা নিহত শ্রমিকের পরিবারকে নিয়মিত পেনশন দেয়।</p>
<p>অ্যাকর্ডের মেয়াদও মে মাসের শেষে ফুরিয়ে যাচ্ছে। ট্রেড ইউনিয়নগুলো ব্র্যান্ডগুলোর ওপর চাপ দিচ্ছে, যাতে তারা স্বেচ্ছামূলক প্রতিশ্রুতিতে ফিরে না গিয়ে বাধ্যবাধকতামূলক নতুন একটি চুক্তিতে সই করে। এর মধ্যে মহামারি যোগ করেছে নতুন ঝুঁকি: ১৪ এপ্রিল শুরু হওয়া লকডাউনে গণপরিবহন বন্ধ, কিন্তু কারখানা খোলা; ফলে শ্রমিকদের ঘণ্টার পর ঘণ্টা হেঁটে কিংবা ট্রাকে গাদাগাদি করে কাজে যেতে হচ্ছে।</p>
<h2>আমাদের দাবি</h2>
<p>NGWF, OHS Initiative ও BSPAN সরকার, মালিকপক্ষ ও ব্র্যান্ডগুলোর প্রতি নিচের পদক্ষেপগুলো নেওয়ার আহ্বান জানাচ্ছে:</p>
<ol>
<li>কর্মজনিত আঘাতের সুবিধা-সংক্রান্ত ILO মানদণ্ড অনুযায়ী একটি জাতীয় কর্মজনিত আঘাত বিমা ব্যবস্থা চালু করা, যেখানে প্রতিবন্ধিতার জন্য এবং নিহত শ্রমিকের পরিবারের জন্য নিয়মিত ভাতা থাকবে;</li>
<li>অ্যাকর্ডের মেয়াদ শেষ হওয়ার আগেই ব্র্যান্ডগুলোর সঙ্গে বাধ্যবাধকতামূলক নতুন নিরাপত্তা চুক্তি নিশ্চিত করা;</li>
<li>রপ্তানিমুখী কারখানার বাইরে, যেখানে দুর্ঘটনার খবর সবচেয়ে কম আসে, সেখানে শ্রম পরিদর্শন জোরদার করা;</li>
<li>লকডাউনের মধ্যেও যাঁদের কাজ করতে হচ্ছে, সেই শ্রমিকদের জন্য নিরাপদ যাতায়াত ও টিকার ব্যবস্থা করা।</li>
</ol>
<p>OHS Initiative এ মাসে ঢাকা ও গাজীপুরে ট্রেড ইউনিয়ন নেতাদের দুর্ঘটনা নথিভুক্ত করার বিষয়ে প্রশিক্ষণ দিয়েছে। সংগঠনটির প্রশিক্ষকেরা বলেন, রানা প্লাজাকে স্মরণ করার অর্থ শুধু বড় বিপর্যয় নয়, প্রতিটি আঘাতের হিসাব রাখা।</p>`,
  },
  {
    of: 'lessons-from-india-second-wave',
    locale: 'hi',
    slug: 'lessons-from-india-second-wave-hi',
    title: 'भारत की दूसरी लहर स्वास्थ्य, काम और सामाजिक सुरक्षा के बारे में क्या सिखाती है',
    excerpt:
      'रोज़ 4 लाख से ज़्यादा संक्रमण और 4,000 मौतें, ऑक्सीजन की किल्लत और टीकाकरण की धीमी रफ़्तार। ' +
      'हमारे साथी संगठन बता रहे हैं कि चूक कहाँ हुई, और असंगठित कामगारों को अभी क्या चाहिए।',
    html: `<p>भारत में इस समय रोज़ कोविड-19 के 4 लाख से ज़्यादा नए संक्रमण दर्ज हो रहे हैं, और सबसे बुरे दिनों में 4,000 से ज़्यादा मौतें। लगभग हर पाँचवीं जाँच पॉज़िटिव आ रही है। दुनिया में हर तीन नए मामलों में से एक भारत का है। श्मशानों में रात-रात भर अंतिम संस्कार हो रहे हैं, और बिस्तर या ऑक्सीजन सिलेंडर न मिलने से मरीज़ अस्पतालों की पार्किंग में दम तोड़ रहे हैं। इंडियन मेडिकल एसोसिएशन के अनुसार इस बीमारी से 747 डॉक्टरों की मौत हो चुकी है।</p>
<h2>नौबत यहाँ तक कैसे पहुँची</h2>
<p>2020 के पहले राष्ट्रीय लॉकडाउन ने कुछ ही दिनों में लगभग 10 करोड़ लोगों का काम छीन लिया और लाखों प्रवासी मज़दूरों को पैदल घर लौटने पर मजबूर कर दिया। मामले घटे तो सावधानियाँ छोड़ दी गईं। बड़े धार्मिक, राजनीतिक और खेल आयोजन होते रहे। मार्च में महाराष्ट्र में पहली बार पहचाने गए नए वेरिएंट की चेतावनियों पर समय रहते कार्रवाई नहीं हुई। स्वास्थ्य पर सरकारी ख़र्च जीडीपी के 1% से कुछ ही ऊपर रहा है, इसलिए व्यवस्था के पास संकट झेलने की कोई अतिरिक्त क्षमता नहीं थी।</p>
<p>टीकाकरण धीमा है। भारत दुनिया के किसी भी देश से ज़्यादा टीके बनाता है, फिर भी आबादी के लगभग 10% हिस्से को ही पहली खुराक मिली है और लगभग 2% को दोनों खुराकें। घरेलू माँग पूरी करने के लिए सीरम इंस्टिट्यूट ने निर्यात रोक दिया है, जिससे वैश्विक COVAX व्यवस्था में टीकों की कमी हो गई है, और इसका असर नेपाल और बांग्लादेश जैसे पड़ोसी देशों पर भी पड़ा है।</p>
<h2>एक बार फिर असंगठित कामगारों पर मार</h2>
<p>राज्यों के लॉकडाउन ने घरेलू कामगारों, निर्माण मज़दूरों, रेहड़ी-पटरी वालों और ड्राइवरों का काम फिर से ठप कर दिया है। हमारे साथी संगठन बताते हैं कि बहुत से लोग पिछले साल की मार से अब तक नहीं उबरे हैं और उनके पास अब कोई सहारा नहीं बचा। कुछ लोग जाँच से बच रहे हैं, क्योंकि पॉज़िटिव आने का मतलब है दो हफ़्ते बिना कमाई के।</p>
<p>CWM-India, NDWM, NDWF, CFTUI, AREDS और SEWA फिर से राहत के काम में जुट गए हैं: हेल्पलाइन, भोजन, दवाइयाँ, और अस्पताल में बिस्तर व ऑक्सीजन ढूँढने में मदद। साथ ही उनकी माँग है:</p>
<ul>
<li>हर वयस्क के लिए मुफ़्त टीकाकरण, झुग्गी-बस्तियों और गाँवों में मोबाइल कैंपों के ज़रिए;</li>
<li>जब तक पाबंदियाँ रहें, तब तक असंगठित कामगारों को सीधी नकद सहायता;</li>
<li>ज़रूरतमंद सभी लोगों को मुफ़्त राशन, चाहे जिस राज्य में वे रहते हैं वहाँ उनका राशन कार्ड हो या न हो;</li>
<li>स्वास्थ्यकर्मियों के लिए उचित वेतन, सुरक्षा उपकरण और आराम;</li>
<li>सार्वजनिक स्वास्थ्य ख़र्च में स्थायी बढ़ोतरी, ताकि वह राष्ट्रीय स्वास्थ्य नीति में किए गए वादे के मुताबिक़ जीडीपी के 2.5% तक पहुँचे।</li>
</ul>
<h2>पूरे क्षेत्र के लिए चेतावनी</h2>
<p>भारत में जो होता है, वह भारत तक सीमित नहीं रहता। नेपाल में मामले तेज़ी से बढ़ रहे हैं और बांग्लादेश में भी बढ़ने लगे हैं। सबक सिर्फ़ वायरस के बारे में नहीं है। सबक यह है कि जिस देश में ज़्यादातर लोग बिना सामाजिक सुरक्षा के काम करते हैं, वह न तो सुरक्षित रूप से घर पर रह सकता है और न ही जल्दी उबर सकता है।</p>`,
  },
  {
    of: 'philippines-young-delivery-riders-social-protection',
    locale: 'fil',
    slug: 'philippines-young-delivery-riders-social-protection-fil',
    title: 'Kabataan sa dalawang gulong, walang insurance: ang mga delivery rider ng Metro Manila',
    excerpt:
      'Tuloy ang takbo ng mga lungsod noong lockdown dahil sa food at parcel delivery. Pero ang mga ' +
      'kabataang rider nito ay tinatawag na “partner,” hindi empleyado, at sila lang ang sumasalo sa panganib.',
    html: `<p>Sa mahabang community quarantine sa Metro Manila, ang mga delivery rider ang isa sa iilang pamilyar na tanawin sa mga bakanteng kalsada. Libu-libong kabataang nawalan ng trabaho sa mga mall, restaurant at pabrika ang nag-sign up sa mga food at parcel delivery app. Para sa marami, ito lang ang trabahong available.</p>
<h2>“Partner” sa papel lang</h2>
<p>Tinatawag ng mga platform ang mga rider na “partner” o independent contractor. Hindi ito basta salita lang. Ibig sabihin nito, hindi sila inirerehistro ng kompanya sa Social Security System o sa PhilHealth, at hindi ito nagbabayad ng employer share. Ang rider na gustong magkaroon ng coverage ay kailangang magpamiyembro sa SSS bilang self-employed at mag-isang bayaran ang buong kontribusyon, bagay na iilan lang ang gumagawa.</p>
<p>Sa mga talakayang inorganisa ng youth committee ng Federation of Free Workers, ikinuwento ng mga rider ang mga panganib na pasan nila:</p>
<ul>
<li>aksidente sa gitna ng matinding trapik at ulan, at galing sa sariling bulsa ang pambayad sa ospital;</li>
<li>sampung oras o higit pang trabaho kada araw, dahil maliit ang bayad kada delivery at kailangan ng mahahabang shift para makuha ang incentives;</li>
<li>exposure sa virus sa mga restaurant at sa mismong pinto ng mga customer, habang sila mismo ang bumibili ng face mask at sanitizer;</li>
<li>mga account na sinususpinde ng app nang walang paliwanag, at walang malapitan para umapela.</li>
</ul>
<h2>Ang hinihingi ng mga rider</h2>
<p>Hindi naman talaga fixed na oras ang gusto ng mga rider; para sa marami, mahalaga na sila ang pumipili kung kailan magtatrabaho. Ang gusto nila ay batayang proteksyon na hindi nawawala dahil lang sa isang salita sa kanilang kontrata. Kasama ang FFW, bumuo ang isang grupo ng mga kabataang rider ng maikling listahan ng mga kahilingan:</p>
<ol>
<li>dapat irehistro ng mga platform ang mga rider sa SSS at PhilHealth at magbayad ng bahagi ng kontribusyon;</li>
<li>accident insurance mula sa unang delivery, na babayaran ng platform;</li>
<li>malinaw na patakaran sa bayad at sa suspensyon, na may proseso ng apela na tao ang humahawak;</li>
<li>pagkilala sa karapatan ng mga rider na mag-organisa at makipagnegosasyon sa mga platform.</li>
</ol>
<p>Nakabinbin sa Kongreso ang ilang panukalang batas tungkol sa mga platform worker. Gusto ng mga kabataang rider na kasama sila sa mesa kapag tinalakay na ang mga ito.</p>`,
  },
];
