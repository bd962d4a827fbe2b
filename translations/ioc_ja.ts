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
    <name>ioc::sync::SyncStatusModel</name>
    <message>
        <source>Data center not configured</source>
        <translation>データセンター未設定</translation>
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
        <source>Offline — retrying</source>
        <translation>オフライン — 再試行中</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %L2 features, %n page(s)</source>
        <translation>
            <numerusform>%L1 / %L2 件、%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 features, %n page(s)</source>
        <translation>
            <numerusform>%L1 件、%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Failed — will retry</source>
        <translation>失敗 — 再試行します</translation>
    </message>
    <message>
        <source>Not on the data center</source>
        <translation>データセンターにありません</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced every %n s; amber after 3 intervals, red after 10</source>
        <translation>
            <numerusform>%n 秒ごとに同期。3 周期を超えると黄色、10 周期を超えると赤</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
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
        <source>Data age</source>
        <translation>データの古さ</translation>
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
