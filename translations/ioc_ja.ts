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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>ioc::app::GlobalSearchPopup</name>
    <message>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>全体検索</translation>
    </message>
    <message>
        <source>Search places, dossiers, documents, cameras… (diacritics optional)</source>
        <translation>地名・申請書類・文書・カメラを検索…(声調記号は省略可)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Search results, grouped by module</source>
        <translation>検索結果(モジュール別)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>「%1」に一致する項目はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — Enter opens, ↑↓ choose, Esc closes</source>
        <translation>
            <numerusform>%n 件 — Enter で開く、↑↓ で選択、Esc で閉じる</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least two letters</source>
        <translation>2 文字以上入力してください</translation>
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
        <source>Data center: not configured</source>
        <translation>データセンター: 未設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
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
    <message>
        <source>Work &amp;offline</source>
        <translation>オフラインで作業(&amp;O)</translation>
    </message>
    <message>
        <source>Pause syncing and work from the cache; actions wait in the outbox</source>
        <translation>同期を一時停止し、キャッシュのデータで作業します。操作は送信トレイで待機します</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>全体検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter records of the current dock</source>
        <translation>現在のパネルのレコードを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt dock</source>
        <translation>次のパネル(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous dock</source>
        <translation>前のパネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save layout as…</source>
        <translation>レイアウトに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;name layout…</source>
        <translation>レイアウト名の変更(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete layout</source>
        <translation>レイアウトを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Choose &amp;layout</source>
        <translation>レイアウトを選択(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark (control room)</source>
        <translation>ダーク(管制室)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>言語(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>レイアウト:</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>保存済みレイアウト</translation>
    </message>
    <message>
        <source>Switch to a saved arrangement of docks (Ctrl+L)</source>
        <translation>保存したパネル配置に切り替えます(Ctrl+L)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <source>A layout needs a name.</source>
        <translation>レイアウトには名前が必要です。</translation>
    </message>
    <message>
        <source>The layout could not be saved: %1</source>
        <translation>レイアウトを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; was saved by an older version and cannot be used.</source>
        <translation>レイアウト「%1」は古いバージョンで保存されたため使用できません。</translation>
    </message>
    <message>
        <source>A layout named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のレイアウトは既にあります。</translation>
    </message>
    <message>
        <source>No saved layouts</source>
        <translation>保存済みレイアウトなし</translation>
    </message>
    <message>
        <source>Choose a layout</source>
        <translation>レイアウトを選択</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>レイアウトを保存</translation>
    </message>
    <message>
        <source>Name of this arrangement of docks (e.g. &quot;Flood watch&quot;):</source>
        <translation>このパネル配置の名前(例:「洪水監視」):</translation>
    </message>
    <message>
        <source>A layout named &quot;%1&quot; exists. Replace it?</source>
        <translation>「%1」という名前のレイアウトがあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Rename layout</source>
        <translation>レイアウト名の変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>レイアウトを削除</translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;? The docks stay as they are.</source>
        <translation>レイアウト「%1」を削除しますか?パネルの配置はそのまま残ります。</translation>
    </message>
    <message>
        <source>The map file could not be used; showing the built-in map: %1</source>
        <translation>地図ファイルを使用できません。内蔵の地図を表示しています: %1</translation>
    </message>
    <message>
        <source>The language will change the next time IOC Desktop starts. Your layout is kept.</source>
        <translation>言語は次回 IOC Desktop を起動したときに切り替わります。レイアウトはそのまま保持されます。</translation>
    </message>
    <message>
        <source>Offline — working from the cache</source>
        <translation>オフライン — キャッシュのデータで作業中</translation>
    </message>
</context>
<context>
    <name>ioc::app::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <source>Data center address</source>
        <translation>データセンターのアドレス</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>空欄のままにすると保存済みのトークンを使います</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Interval for live data, in seconds</source>
        <translation>リアルタイムデータの同期間隔(秒)</translation>
    </message>
    <message>
        <source>Interval for catalogues and statistics, in seconds</source>
        <translation>カタログと統計の同期間隔(秒)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Live data every:</source>
        <translation>リアルタイムデータの間隔(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Catalogues and statistics every:</source>
        <translation>カタログと統計の間隔(&amp;C):</translation>
    </message>
    <message>
        <source>Address and intervals take effect the next time IOC Desktop starts. The token is kept in the system keyring.</source>
        <translation>アドレスと間隔は次回 IOC Desktop を起動したときに有効になります。トークンはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark (control room)</source>
        <translation>ダーク(管制室)</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new critical alerts</source>
        <translation>新しい重大アラートで音を鳴らす(&amp;S)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N):</translation>
    </message>
    <message>
        <source>A new language takes effect after IOC Desktop restarts; the layout is kept.</source>
        <translation>新しい言語は IOC Desktop の再起動後に有効になります。レイアウトは保持されます。</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>None: the built-in vector map</source>
        <translation>なし:内蔵のベクター地図</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>MBTiles ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>MBTiles ファイルを選択</translation>
    </message>
    <message>
        <source>Tile server address</source>
        <translation>タイルサーバーのアドレス</translation>
    </message>
    <message>
        <source>Home area, west longitude</source>
        <translation>ホーム範囲、西端の経度</translation>
    </message>
    <message>
        <source>Home area, south latitude</source>
        <translation>ホーム範囲、南端の緯度</translation>
    </message>
    <message>
        <source>Home area, east longitude</source>
        <translation>ホーム範囲、東端の経度</translation>
    </message>
    <message>
        <source>Home area, north latitude</source>
        <translation>ホーム範囲、北端の緯度</translation>
    </message>
    <message>
        <source>&amp;MBTiles file:</source>
        <translation>MBTiles ファイル(&amp;M):</translation>
    </message>
    <message>
        <source>Tile &amp;URL:</source>
        <translation>タイル URL(&amp;U):</translation>
    </message>
    <message>
        <source>Home area (W, S, E, N):</source>
        <translation>ホーム範囲(西, 南, 東, 北):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>A token needs a data center address: enter the address first.</source>
        <translation>トークンにはデータセンターのアドレスが必要です。先にアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>トークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>設定を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 地図ファイル (*.mbtiles);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ioc::app::SettingsValidation</name>
    <message>
        <source>The data center address is not a valid URL. Expected e.g. https://ioc.hatinh.gov.vn/api</source>
        <translation>データセンターのアドレスが正しい URL ではありません。例: https://ioc.hatinh.gov.vn/api</translation>
    </message>
    <message>
        <source>The data center address must start with https:// (or http:// on a closed network).</source>
        <translation>データセンターのアドレスは https://(閉域網では http://)で始めてください。</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the token field.</source>
        <translation>アドレスにユーザー名やパスワードを含めないでください。トークン欄を使ってください。</translation>
    </message>
    <message>
        <source>The token must not contain spaces or line breaks; paste it exactly as the data center issued it.</source>
        <translation>トークンに空白や改行を含めることはできません。データセンターが発行したとおりに貼り付けてください。</translation>
    </message>
    <message>
        <source>A sync interval must be between 10 seconds and 24 hours.</source>
        <translation>同期間隔は 10 秒から 24 時間の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The map file %1 does not exist.</source>
        <translation>地図ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an MBTiles file.</source>
        <translation>%1 はフォルダーです。MBTiles ファイルではありません。</translation>
    </message>
    <message>
        <source>The map file %1 cannot be read: %2</source>
        <translation>地図ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it is not an SQLite database).</source>
        <translation>%1 は MBTiles ファイルではありません(SQLite データベースではありません)。</translation>
    </message>
    <message>
        <source>The tile address must be an http(s) URL, e.g. https://tiles.example.vn/{z}/{x}/{y}.png</source>
        <translation>タイルのアドレスは http(s) の URL にしてください。例: https://tiles.example.vn/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>The tile address lacks %1; it needs {z}, {x} and {y}.</source>
        <translation>タイルのアドレスに %1 がありません。{z}、{x}、{y} がすべて必要です。</translation>
    </message>
    <message>
        <source>The home area must lie within longitudes −180…180 and latitudes −85…85.</source>
        <translation>ホーム範囲は経度 −180…180、緯度 −85…85 の範囲内にしてください。</translation>
    </message>
    <message>
        <source>The home area is empty: west must be less than east and south less than north.</source>
        <translation>ホーム範囲が空です。西は東より小さく、南は北より小さくしてください。</translation>
    </message>
</context>
<context>
    <name>ioc::app::ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls of a dock; arrow keys move inside tables and maps.</source>
        <translation>Tab と Shift+Tab でパネル内のコントロール間を移動し、矢印キーで表や地図の中を移動します。</translation>
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
    <message>
        <source>Filter records</source>
        <translation>レコードの絞り込み</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>データの鮮度</translation>
    </message>
</context>
<context>
    <name>ioc::ui::Theme</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
</TS>
