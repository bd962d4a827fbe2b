<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>IOC Desktop — Ha Tinh province Intelligent Operations Center.</source>
        <translation>IOC Desktop — ハティン省インテリジェント・オペレーション・センター</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; (default: %1).</source>
        <translation>ローカルキャッシュを &lt;path&gt; に保存します（既定: %1）。</translation>
    </message>
    <message>
        <source>User interface language: vi (default), en or ja.</source>
        <translation>表示言語: vi（既定）、en、ja。</translation>
    </message>
    <message>
        <source>Never touch the network; work from the cache.</source>
        <translation>ネットワークを使わず、キャッシュのデータで作業します。</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>オプションは --help で確認できます。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;; use one of: %2.</source>
        <translation>言語 &apos;%1&apos; には対応していません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--data-dir needs a path.</source>
        <translation>--data-dir にはパスが必要です。</translation>
    </message>
    <message>
        <source>Base URL of the data center&apos;s OGC API – Features service.</source>
        <translation>データセンターの OGC API – Features サービスのベース URL。</translation>
    </message>
    <message>
        <source>Read the data center&apos;s bearer token from &lt;file&gt; and keep it (keyring, else a private file).</source>
        <translation>データセンターのベアラートークンを &lt;file&gt; から読み込み、保存します（キーリング、なければ非公開ファイル）。</translation>
    </message>
    <message>
        <source>Collection and property mapping of the province&apos;s server (JSON).</source>
        <translation>省サーバーのコレクションとプロパティの対応表（JSON）。</translation>
    </message>
    <message>
        <source>Sync every collection once without opening a window, print a report and exit (non-zero if any collection failed).</source>
        <translation>ウィンドウを開かずに全コレクションを一度同期し、結果を表示して終了します（失敗があれば 0 以外）。</translation>
    </message>
    <message>
        <source>--data-center needs an http:// or https:// URL, not &apos;%1&apos;.</source>
        <translation>--data-center には http:// または https:// の URL が必要です（&apos;%1&apos; は不可）。</translation>
    </message>
    <message>
        <source>--sync-once and --offline contradict each other.</source>
        <translation>--sync-once と --offline は同時に指定できません。</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>IOC Desktop needs a display, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set).
On a machine without a screen, run it under a virtual display:
    xvfb-run -a -s &quot;-screen 0 1920x1080x24&quot; ioc-desktop
or, for a window-less smoke run, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>IOC Desktop にはディスプレイが必要ですが、見つかりません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。
画面のないマシンでは仮想ディスプレイで実行してください:
    xvfb-run -a -s &quot;-screen 0 1920x1080x24&quot; ioc-desktop
ウィンドウなしで動作確認するには QT_QPA_PLATFORM=offscreen を設定してください。</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable. Choose another with --data-dir or fix its permissions.</source>
        <translation>データディレクトリ %1 に書き込めません。--data-dir で別の場所を指定するか、権限を修正してください。</translation>
    </message>
    <message>
        <source>The operator store %1 is damaged (%2). It holds acknowledgements and notes that exist nowhere else, so IOC Desktop will not replace it. Copy it for your administrator, then move it away to start with an empty store.</source>
        <translation>オペレーターストア %1 が破損しています（%2）。ここには他にない確認記録とメモが含まれるため、IOC Desktop は置き換えません。管理者用にコピーした後、別の場所へ移動すると空のストアで開始できます。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>キャッシュ %1 が破損しており、退避できませんでした。</translation>
    </message>
    <message>
        <source>The local data cache was damaged and has been rebuilt empty; it will fill again at the next sync. The damaged file was kept as %1.</source>
        <translation>ローカルデータキャッシュが破損していたため、空の状態で再作成しました。次回の同期で再び取り込まれます。破損したファイルは %1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IOC Desktop cannot start</source>
        <translation>IOC Desktop を起動できません</translation>
    </message>
</context>
<context>
    <name>ioc::app::MainWindow</name>
    <message>
        <source>IOC Desktop — Hà Tĩnh</source>
        <translation>IOC Desktop — ハティン省</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to module</source>
        <translation>モジュールへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IOC Desktop</source>
        <translation>IOC Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Offline (--offline): working from the cache</source>
        <translation>オフライン（--offline）: キャッシュのデータで作業中</translation>
    </message>
    <message>
        <source>Data center: not configured</source>
        <translation>データセンター: 未設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language will change the next time IOC Desktop starts.</source>
        <translation>言語は次回 IOC Desktop を起動したときに切り替わります。</translation>
    </message>
    <message>
        <source>About IOC Desktop</source>
        <translation>IOC Desktop について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who&apos;s On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;ハティン省インテリジェント・オペレーション・センターのデスクトップクライアント。&lt;/p&gt;&lt;p&gt;ローカルキャッシュ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;地図データ: 境界と地名: Who&apos;s On First (CC0 / CC-BY)、foursquare Quattroshapes (CC-BY) および GeoNames (CC-BY 4.0) のデータを含む。近隣の省、河川名、地名: Made with Natural Earth（パブリックドメイン）。海岸線、陸地、河川、島: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later)。国境と近隣諸国: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later)。本アプリケーション用に切り抜き・簡略化しています。&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>送信待ちの操作 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the data center</source>
        <translation>
            <numerusform>データセンターに拒否された操作 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Offline — retrying; working from the cache</source>
        <translation>オフライン — 再試行中。キャッシュのデータで作業しています</translation>
    </message>
    <message>
        <source>The data center refused the credentials — fix the token, then Sync now</source>
        <translation>データセンターが認証情報を拒否しました — トークンを修正してから「今すぐ同期」を押してください</translation>
    </message>
    <message>
        <source>%L1 features, %L2 pages</source>
        <translation>%L1 件、%L2 ページ</translation>
    </message>
    <message>
        <source>Sync status and data &amp;issues…</source>
        <translation>同期状況とデータの問題(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ioc::app::SyncStatusDialog</name>
    <message>
        <source>Sync status and data issues</source>
        <translation>同期状況とデータの問題</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最終成功</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最終試行</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最終エラー</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>フィーチャー</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Received text</source>
        <translation>受信内容</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Data issues (%1)</source>
        <translation>データの問題 (%1)</translation>
    </message>
</context>
<context>
    <name>ioc::core::RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>ioc::core::TimeFilter</name>
    <message>
        <source>Q%1/%2</source>
        <extracomment>quarter label in charts: quarter number / year</extracomment>
        <translation>%2年Q%1</translation>
    </message>
    <message>
        <source>W%1</source>
        <extracomment>ISO week label in charts: week number</extracomment>
        <translation>第%1週</translation>
    </message>
</context>
<context>
    <name>ioc::documents::DocDashboard</name>
    <message>
        <source>Incoming documents</source>
        <translation>受信文書</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>発信文書</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>期限超過の任務</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Tasks completed on time</source>
        <translation>期限内完了の任務</translation>
    </message>
    <message>
        <source>Tasks due within 3 days</source>
        <translation>3日以内に期限の任務</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>途中集計：各期間の最初の%1日</translation>
    </message>
    <message>
        <source>From today, %1</source>
        <translation>本日%1から</translation>
    </message>
    <message>
        <source>Documents in and out</source>
        <translation>受信・発信文書</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Overdue tasks at the end of each period</source>
        <translation>各期間末の期限超過任務</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完了の任務</translation>
    </message>
    <message>
        <source>Tasks by agency (assigned in the charts&apos; window)</source>
        <translation>機関別の任務（グラフの期間内に指示）</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>期限内完了</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>期限後完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>The 12 agencies with the most overdue tasks. State as of today.</source>
        <translation>期限超過の任務が最も多い12機関。本日時点の状態。</translation>
    </message>
    <message>
        <source>%1
Open tasks: %2
Overdue: %3</source>
        <translation>%1
未完了：%2
期限超過：%3</translation>
    </message>
    <message>
        <source>Overdue tasks of local agencies</source>
        <translation>地方機関の期限超過任務</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* 期間途中：現時点までの値。</translation>
    </message>
</context>
<context>
    <name>ioc::documents::DocumentsModule</name>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>最優先</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>任務の状態</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>指示</translation>
    </message>
</context>
<context>
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation>
            <numerusform>%n 件 — クリックで拡大</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::modules</name>
    <message>
        <source>Smart surveillance cameras</source>
        <translation>スマート監視カメラ</translation>
    </message>
    <message>
        <source>Documents &amp; operations</source>
        <translation>文書管理・業務運営</translation>
    </message>
    <message>
        <source>Education &amp; training</source>
        <translation>教育・訓練</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>保健医療</translation>
    </message>
    <message>
        <source>Online public services &amp; one-stop office</source>
        <translation>オンライン公共サービス・ワンストップ窓口</translation>
    </message>
    <message>
        <source>Socio-economic indicators</source>
        <translation>社会経済指標</translation>
    </message>
    <message>
        <source>Smart tourism &amp; accommodation</source>
        <translation>スマート観光・宿泊</translation>
    </message>
</context>
<context>
    <name>ioc::publicservices::PsDashboard</name>
    <message>
        <source>Dossiers received</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Dossiers resolved</source>
        <translation>処理済み件数</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>期限内処理</translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation>期限超過の申請</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <source>Dossiers received and resolved</source>
        <translation>受付と処理</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>処理済み</translation>
    </message>
    <message>
        <source>Online submission share</source>
        <translation>オンライン申請の割合</translation>
    </message>
    <message>
        <source>Dossiers before 1 July 2025 belong to the old units; an area counts them through the unit lineage.</source>
        <translation>2025年7月1日以前の申請は旧行政単位に属し、地域へは行政単位の継承関係で集計します。</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>途中集計：各期間の最初の%1日</translation>
    </message>
    <message>
        <source>On-time rate by agency (15 lowest)</source>
        <translation>機関別の期限内処理率（下位15）</translation>
    </message>
    <message>
        <source>Agencies with at least 20 dossiers resolved in the period.</source>
        <translation>期間内に20件以上処理した機関。</translation>
    </message>
    <message>
        <source>Overdue dossiers by days past due</source>
        <translation>超過日数別の期限超過申請</translation>
    </message>
    <message>
        <source>≤ 2 days</source>
        <translation>2日以内</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3～7日</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8～15日</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16～30日</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>30日超</translation>
    </message>
    <message>
        <source>Dossiers received in the period</source>
        <translation>期間内の受付</translation>
    </message>
    <message>
        <source>Dossiers by status</source>
        <translation>状態別の申請</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Paused: documents missing</source>
        <translation>保留：書類不足</translation>
    </message>
    <message>
        <source>Resolved early</source>
        <translation>期限前処理</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>期限後処理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>On-time rate by former district</source>
        <translation>旧県別の期限内処理率</translation>
    </message>
    <message>
        <source>%1
Open dossiers: %2
On time: %3</source>
        <translation>%1
処理中の申請：%2
期限内：%3</translation>
    </message>
    <message>
        <source>no dossier resolved</source>
        <translation>処理済みの申請なし</translation>
    </message>
    <message>
        <source>Dossiers of units of the other side of the 1 July 2025 reform are counted in %1 through the unit lineage (population weights): counts may be fractional estimates.</source>
        <translation>2025年7月1日の再編の反対側の単位の申請は、行政単位の継承関係（人口比）で%1に集計しています。件数は端数を含む推計です。</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* 期間途中：現時点までの値。</translation>
    </message>
    <message>
        <source>Dossiers received by field and channel</source>
        <translation>分野・申請方法別の受付</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>窓口</translation>
    </message>
</context>
<context>
    <name>ioc::publicservices::PublicServicesModule</name>
    <message>
        <source>Received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Paused: documents missing</source>
        <translation>保留：書類不足</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>処理済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>申請方法</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ioc::socioeconomic::SeDashboard</name>
    <message>
        <source>Growth</source>
        <translation>成長</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>工業</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>財政</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>商業</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>物価</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Administrative reform</source>
        <translation>行政改革</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>農業</translation>
    </message>
    <message>
        <source>Labour and society</source>
        <translation>労働・社会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Latest reported: %1</source>
        <translation>最新の報告：%1</translation>
    </message>
    <message>
        <source>Targets met (year to date)</source>
        <translation>目標達成数（年初来）</translation>
    </message>
    <message>
        <source>of %1 targets</source>
        <translation>／%1指標</translation>
    </message>
    <message>
        <source>Province plan %1</source>
        <translation>%1年 省計画</translation>
    </message>
    <message>
        <source>%1: actual and plan</source>
        <translation>%1：実績と計画</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Plan (pro rata)</source>
        <translation>計画（期間按分）</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>前年同期</translation>
    </message>
    <message>
        <source>Targets are set for the province only: no plan line for a part of it.</source>
        <translation>計画は省全体のみ：省の一部には計画線がありません。</translation>
    </message>
    <message>
        <source>%1 by district</source>
        <translation>県別の%1</translation>
    </message>
    <message>
        <source>Districts were abolished on 1 July 2025: their values are the new communes&apos; rolled up through the unit lineage (population weights).</source>
        <translation>県は2025年7月1日に廃止：県の値は新しい社・坊の値を行政単位の継承関係（人口比）で集計したものです。</translation>
    </message>
    <message>
        <source>No district plans in the data: plans exist for the province only.</source>
        <translation>データに県別の計画はありません：計画は省のみです。</translation>
    </message>
    <message>
        <source>%1: year on year</source>
        <translation>%1：前年比較</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Part of the earlier year was reported by the old units: rolled up through the unit lineage.</source>
        <translation>前年の一部は旧単位の報告：行政単位の継承関係で集計しています。</translation>
    </message>
    <message>
        <source>Targets scoreboard %1: %2 of %3 met</source>
        <translation>%1年の目標達成状況：%3指標中%2達成</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>計画比 %</translation>
    </message>
    <message>
        <source>Achieved, % of plan to date</source>
        <translation>達成率（計画比、現時点）</translation>
    </message>
    <message>
        <source>Amounts: year to date against the plan pro rata of the months reported; rates: latest value against the target. For lower-is-better indicators (prices, accidents, unemployment) at most 100 % means met.</source>
        <translation>量の指標：年初来の実績を報告済み月数で按分した計画と比較。率の指標：最新値を目標と比較。低いほど良い指標（物価・事故・失業）は100%以下で達成。</translation>
    </message>
    <message>
        <source>Some values of %1 were reported by units of the other side of the 1 July 2025 reform and are rolled up through the unit lineage (population weights).</source>
        <translation>%1の一部の値は2025年7月1日の再編の反対側の単位が報告したもので、行政単位の継承関係（人口比）で集計しています。</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ChartPanel</name>
    <message>
        <source>No data for this area and period.</source>
        <translation>この地域・期間のデータはありません。</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>グラフを画像で保存</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data for a spreadsheet</source>
        <translation>グラフのデータを表計算用に保存</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Administrative reform 1 July 2025</source>
        <translation>2025年7月1日 行政再編</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>グラフを画像で保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>グラフのデータを保存</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DashboardFilterBar</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間指定</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <source>Compare with last year</source>
        <translation>前年同期と比較</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省全体</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>県（旧）…</translation>
    </message>
    <message>
        <source>Commune…</source>
        <translation>社・坊…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DataIssuesView</name>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>フィーチャー</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Received text</source>
        <translation>受信した内容</translation>
    </message>
    <message>
        <source>No data issues: every record received for this module was valid.</source>
        <translation>データの問題はありません：このモジュールの受信レコードはすべて有効です。</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DirectiveDialog</name>
    <message>
        <source>New directive</source>
        <translation>新しい指示</translation>
    </message>
    <message>
        <source>Choose the agency…</source>
        <translation>機関を選択…</translation>
    </message>
    <message>
        <source>Issue directive</source>
        <translation>指示を出す</translation>
    </message>
    <message>
        <source>Assignee agency</source>
        <translation>担当機関</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>指示内容</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>指示者</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DirectiveList</name>
    <message>
        <source>Directive</source>
        <translation>指示内容</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>指示者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DockTitleBar</name>
    <message>
        <source>Float / dock</source>
        <translation>フローティング / ドッキング</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ioc::ui::KpiCard</name>
    <message>
        <source>%1 %2%3 pts</source>
        <translation>%1 %2%3 ポイント</translation>
    </message>
    <message>
        <source>%1 %2%3 %</source>
        <translation>%1 %2%3 %</translation>
    </message>
    <message>
        <source>Earlier value: %1 %2</source>
        <translation>比較値：%1 %2</translation>
    </message>
    <message>
        <source>Exact value: %1 %2</source>
        <translation>正確な値：%1 %2</translation>
    </message>
    <message>
        <source>No data reported for this period</source>
        <translation>この期間の報告はありません</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>前期比</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>前年同期比</translation>
    </message>
    <message>
        <source>%1 % of plan</source>
        <translation>計画の%1 %</translation>
    </message>
    <message>
        <source>(plan %1 %2)</source>
        <translation>（計画 %1 %2）</translation>
    </message>
    <message>
        <source>Click for the trend of %1</source>
        <translation>クリックで%1の推移を表示</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ModuleDock</name>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>データの問題</translation>
    </message>
    <message>
        <source>Data issues (%1)</source>
        <translation>データの問題 (%1)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>推移：%1</translation>
    </message>
    <message>
        <source>%1 — click to filter</source>
        <translation>%1 — クリックで絞り込み</translation>
    </message>
    <message>
        <source>* period still running: to date.</source>
        <translation>* 期間途中：現時点までの値。</translation>
    </message>
    <message>
        <source>%1 — %2: %3. Review and report the measures taken.</source>
        <translation>%1 — %2：%3。確認のうえ、講じた対策を報告してください。</translation>
    </message>
    <message>
        <source>Directive not saved</source>
        <translation>指示を保存できません</translation>
    </message>
    <message>
        <source>Create directive…</source>
        <translation>指示を作成…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::RecordBrowser</name>
    <message>
        <source>Filter records (diacritics optional)…</source>
        <translation>レコードを絞り込み（声調記号は省略可）…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No data yet — last sync: %1</source>
        <translation>データはまだありません — 最終同期: %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>%1 時点のデータ</translation>
    </message>
</context>
</TS>
