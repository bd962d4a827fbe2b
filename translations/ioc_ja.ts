<?xml version='1.0' encoding='utf-8'?>
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
        <source>Unsupported language '%1'; use one of: %2.</source>
        <translation>言語 '%1' には対応していません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--data-dir needs a path.</source>
        <translation>--data-dir にはパスが必要です。</translation>
    </message>
    <message>
        <source>Base URL of the data center's OGC API – Features service.</source>
        <translation>データセンターの OGC API – Features サービスのベース URL。</translation>
    </message>
    <message>
        <source>Read the data center's bearer token from &lt;file&gt; and keep it (keyring, else a private file).</source>
        <translation>データセンターのベアラートークンを &lt;file&gt; から読み込み、保存します（キーリング、なければ非公開ファイル）。</translation>
    </message>
    <message>
        <source>Collection and property mapping of the province's server (JSON).</source>
        <translation>省サーバーのコレクションとプロパティの対応表（JSON）。</translation>
    </message>
    <message>
        <source>Sync every collection once without opening a window, print a report and exit (non-zero if any collection failed).</source>
        <translation>ウィンドウを開かずに全コレクションを一度同期し、結果を表示して終了します（失敗があれば 0 以外）。</translation>
    </message>
    <message>
        <source>--data-center needs an http:// or https:// URL, not '%1'.</source>
        <translation>--data-center には http:// または https:// の URL が必要です（'%1' は不可）。</translation>
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
    xvfb-run -a -s "-screen 0 1920x1080x24" ioc-desktop
or, for a window-less smoke run, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>IOC Desktop にはディスプレイが必要ですが、見つかりません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。
画面のないマシンでは仮想ディスプレイで実行してください:
    xvfb-run -a -s "-screen 0 1920x1080x24" ioc-desktop
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
        <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who's On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;ハティン省インテリジェント・オペレーション・センターのデスクトップクライアント。&lt;/p&gt;&lt;p&gt;ローカルキャッシュ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;地図データ: 境界と地名: Who's On First (CC0 / CC-BY)、foursquare Quattroshapes (CC-BY) および GeoNames (CC-BY 4.0) のデータを含む。近隣の省、河川名、地名: Made with Natural Earth（パブリックドメイン）。海岸線、陸地、河川、島: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later)。国境と近隣諸国: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later)。本アプリケーション用に切り抜き・簡略化しています。&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation><numerusform>送信待ちの操作 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the data center</source>
        <translation><numerusform>データセンターに拒否された操作 %n 件</numerusform></translation>
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
    <name>ioc::cameras::CamDashboard</name>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Crowd and intrusion</source>
        <translation>群衆・侵入</translation>
    </message>
    <message>
        <source>Fire and smoke</source>
        <translation>火災・煙</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>冠水</translation>
    </message>
    <message>
        <source>Cameras online</source>
        <translation>稼働中のカメラ</translation>
    </message>
    <message>
        <source>Cameras offline</source>
        <translation>オフラインのカメラ</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>台</translation>
    </message>
    <message>
        <source>AI detections</source>
        <translation>AI検知</translation>
    </message>
    <message>
        <source>detections</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Fire, smoke and flooding</source>
        <translation>火災・煙・冠水</translation>
    </message>
    <message>
        <source>False detections (reviewed)</source>
        <translation>誤検知（確認済み分）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>期間累計：各期間の最初の%1日</translation>
    </message>
    <message>
        <source>%1 of %2 detections reviewed</source>
        <translation>%2件中%1件を確認済み</translation>
    </message>
    <message>
        <source>Detections by kind and hour of day</source>
        <translation>種類・時間帯別の検知</translation>
    </message>
    <message>
        <source>Detections by type and verdict</source>
        <translation>種別・判定別の検知</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認（正）</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>Camera availability, last 24 hours</source>
        <translation>カメラ稼働率（過去24時間）</translation>
    </message>
    <message>
        <source>Cameras available</source>
        <translation>稼働カメラ</translation>
    </message>
    <message>
        <source>From the current outages (offline since the last heartbeat); outages already over are not published.</source>
        <translation>現在の停止（最終ハートビート以降オフライン）から算出。終了済みの停止は公開されていません。</translation>
    </message>
    <message>
        <source>Offline cameras by time since last heartbeat</source>
        <translation>最終ハートビートからの経過時間別オフラインカメラ</translation>
    </message>
    <message>
        <source>&lt; 10 min</source>
        <translation>10分未満</translation>
    </message>
    <message>
        <source>10–60 min</source>
        <translation>10～60分</translation>
    </message>
    <message>
        <source>1–6 h</source>
        <translation>1～6時間</translation>
    </message>
    <message>
        <source>6–24 h</source>
        <translation>6～24時間</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1～7日</translation>
    </message>
    <message>
        <source>&gt; 7 days</source>
        <translation>7日超</translation>
    </message>
    <message>
        <source>Cameras offline by former district</source>
        <translation>旧郡別オフラインカメラ比率</translation>
    </message>
    <message>
        <source>online</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>品質低下</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>%1
%2, last heartbeat %3</source>
        <translation>%1
%2、最終ハートビート %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (%2 %)
%3, camera %4</source>
        <translation>%1（%2 %）
%3、カメラ %4</translation>
    </message>
    <message>
        <source>Up to %1 on each day</source>
        <translation>各日の%1まで</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CameraDetailPanel</name>
    <message>
        <source>Confirmed</source>
        <translation>確認（正）</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>Click a camera on the map or in the records to see its picture and its latest detections. Shift-drag on the map selects cameras for the camera grid.</source>
        <translation>地図または記録一覧でカメラをクリックすると、画像と最新の検知が表示されます。地図上でShiftを押しながらドラッグすると、カメラグリッド用にカメラを選択できます。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>検知内容</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The detection is real</source>
        <translation>この検知は正しい</translation>
    </message>
    <message>
        <source>The detection is wrong: nothing happened</source>
        <translation>この検知は誤り：何も起きていない</translation>
    </message>
    <message>
        <source>Camera grid…</source>
        <translation>カメラグリッド…</translation>
    </message>
    <message>
        <source>Snapshots of the selected cameras, or of the area&apos;s, for the video wall</source>
        <translation>選択したカメラ（または地域内の全カメラ）のスナップショットをビデオウォール用に表示</translation>
    </message>
    <message>
        <source>Selected detection:</source>
        <translation>選択中の検知：</translation>
    </message>
    <message>
        <source>Camera %1 is not in the local data.</source>
        <translation>カメラ %1 はローカルデータにありません。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>品質低下</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, last heartbeat %4</source>
        <translation>%1（%2）— %3、最終ハートビート %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No detection from this camera in the local data.</source>
        <translation>ローカルデータにこのカメラの検知はありません。</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>判定を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Saved; it will be sent to the data center with the next sync.</source>
        <translation>保存しました。次回の同期でデータセンターに送信されます。</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CameraGridView</name>
    <message>
        <source>Grid of %1 by %1 cameras</source>
        <translation>%1×%1 カメラグリッド</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::CamerasModule</name>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Camera grid — %1 cameras</source>
        <translation>カメラグリッド — %1 台</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>品質低下</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>防犯</translation>
    </message>
    <message>
        <source>Crowd and intrusion</source>
        <translation>群衆・侵入</translation>
    </message>
    <message>
        <source>Fire and smoke</source>
        <translation>火災・煙</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>冠水</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最終ハートビート</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政単位</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::SnapshotFetcher</name>
    <message>
        <source>Offline: showing the last saved picture</source>
        <translation>オフライン：最後に保存した画像を表示</translation>
    </message>
    <message>
        <source>This camera has no snapshot address</source>
        <translation>このカメラにはスナップショットのアドレスがありません</translation>
    </message>
    <message>
        <source>The data center answered %1</source>
        <translation>データセンターの応答：%1</translation>
    </message>
    <message>
        <source>No connection to the data center (%1)</source>
        <translation>データセンターに接続できません（%1）</translation>
    </message>
    <message>
        <source>The data center sent something that is not a picture</source>
        <translation>データセンターから画像ではないデータが届きました</translation>
    </message>
</context>
<context>
    <name>ioc::cameras::SnapshotView</name>
    <message>
        <source>Snapshot of camera %1</source>
        <translation>カメラ %1 のスナップショット</translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation>カメラが選択されていません</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <source>No picture — %1</source>
        <translation>画像なし — %1</translation>
    </message>
    <message>
        <source>Live %1</source>
        <translation>ライブ %1</translation>
    </message>
    <message>
        <source>Saved picture from %1 — %2</source>
        <translation>%1 に保存した画像 — %2</translation>
    </message>
    <message>
        <source>not refreshed</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>画像なし</translation>
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
    <name>ioc::education::EducationDashboard</name>
    <message>
        <source>Preschool</source>
        <translation>幼稚園・保育</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学校</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>中学校</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>高等学校</translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation>一貫校</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>台風</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>登録値</translation>
    </message>
    <message>
        <source>Schools closed</source>
        <translation>休校した学校</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>校</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校数</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>児童・生徒</translation>
    </message>
    <message>
        <source>students</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Pupils per teacher</source>
        <translation>教員1人当たり児童生徒数</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>人</translation>
    </message>
    <message>
        <source>National-standard schools</source>
        <translation>国家基準達成校</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Students and teachers by level</source>
        <translation>学校段階別の児童生徒・教員数</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>National-standard share by level</source>
        <translation>学校段階別の国家基準達成率</translation>
    </message>
    <message>
        <source>The data center publishes the current status only: no history by school year yet.</source>
        <translation>データセンターは現状のみ公開しており、学年度ごとの履歴はまだありません。</translation>
    </message>
    <message>
        <source>Students and teachers by unit</source>
        <translation>地域別の児童生徒・教員数</translation>
    </message>
    <message>
        <source>Schools closed by day and cause</source>
        <translation>日別・理由別の休校数</translation>
    </message>
    <message>
        <source>Pupils per teacher by former district</source>
        <translation>旧郡別の教員1人当たり児童生徒数</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 students, %4 teachers, %5 classes
%6</source>
        <translation>%1（%2）
児童生徒 %3 人、教員 %4 人、%5 学級
%6</translation>
    </message>
    <message>
        <source>Meets the national standard</source>
        <translation>国家基準を達成</translation>
    </message>
    <message>
        <source>Not yet at the national standard</source>
        <translation>国家基準未達成</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>%1 休校</translation>
    </message>
</context>
<context>
    <name>ioc::education::EducationModule</name>
    <message>
        <source>Preschool</source>
        <translation>幼稚園・保育</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学校</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>中学校</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>高等学校</translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation>一貫校</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>授業あり</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休校</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>台風</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学校段階</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>児童・生徒</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>学級数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政単位</translation>
    </message>
</context>
<context>
    <name>ioc::health::FacilityDetail</name>
    <message>
        <source>Click a hospital or health station on the map to see its beds and its occupancy day by day.</source>
        <translation>地図上の病院または保健所をクリックすると、病床数と日別の病床稼働率が表示されます。</translation>
    </message>
    <message>
        <source>general hospital</source>
        <translation>総合病院</translation>
    </message>
    <message>
        <source>specialist hospital</source>
        <translation>専門病院</translation>
    </message>
    <message>
        <source>regional medical centre</source>
        <translation>地域医療センター</translation>
    </message>
    <message>
        <source>commune health station</source>
        <translation>社保健所</translation>
    </message>
    <message>
        <source>%1 — %2, %3 beds, %4</source>
        <translation>%1 — %2、%3 床、%4</translation>
    </message>
    <message>
        <source>meets the national standard</source>
        <translation>国家基準を達成</translation>
    </message>
    <message>
        <source>below the national standard</source>
        <translation>国家基準未達成</translation>
    </message>
    <message>
        <source>Bed occupancy of %1</source>
        <translation>%1 の病床稼働率</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>病床稼働率</translation>
    </message>
    <message>
        <source>90 % (warning)</source>
        <translation>90 %（警告）</translation>
    </message>
    <message>
        <source>100 % (over capacity)</source>
        <translation>100 %（定床超過）</translation>
    </message>
    <message>
        <source>Only hospitals report their occupancy; health stations do not.</source>
        <translation>病床稼働率を報告するのは病院のみで、保健所は報告しません。</translation>
    </message>
</context>
<context>
    <name>ioc::health::HealthDashboard</name>
    <message>
        <source>Dengue</source>
        <translation>デング熱</translation>
    </message>
    <message>
        <source>Hand, foot and mouth</source>
        <translation>手足口病</translation>
    </message>
    <message>
        <source>Influenza</source>
        <translation>インフルエンザ</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>下痢症</translation>
    </message>
    <message>
        <source>Measles</source>
        <translation>麻疹</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation>全疾病</translation>
    </message>
    <message>
        <source>all diseases</source>
        <translation>全疾病</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>病床稼働率</translation>
    </message>
    <message>
        <source>Inpatients (average day)</source>
        <translation>入院患者数（1日平均）</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Hospitals over capacity</source>
        <translation>定床超過の病院</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Cases reported: %1</source>
        <translation>報告患者数：%1</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Vaccination coverage</source>
        <translation>予防接種率</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>床</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>登録値</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>期間累計：各期間の最初の%1日</translation>
    </message>
    <message>
        <source>Bed occupancy by hospital</source>
        <translation>病院別の病床稼働率</translation>
    </message>
    <message>
        <source>The %1 largest hospitals of the area.</source>
        <translation>地域内で規模の大きい%1病院。</translation>
    </message>
    <message>
        <source>Weekly cases: %1</source>
        <translation>週別患者数：%1</translation>
    </message>
    <message>
        <source>Cases reported</source>
        <translation>報告患者数</translation>
    </message>
    <message>
        <source>Expected (mean of the 8 weeks before)</source>
        <translation>予測値（直前8週の平均）</translation>
    </message>
    <message>
        <source>Anomaly threshold (mean + 2 SD)</source>
        <translation>異常閾値（平均＋2SD）</translation>
    </message>
    <message>
        <source>A week above the threshold is a spike worth a look.</source>
        <translation>閾値を超えた週は注意すべき急増です。</translation>
    </message>
    <message>
        <source>Cases by disease</source>
        <translation>疾病別の患者数</translation>
    </message>
    <message>
        <source>Vaccination coverage by unit</source>
        <translation>地域別の予防接種率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Latest month reported: %1.</source>
        <translation>最新の報告月：%1。</translation>
    </message>
    <message>
        <source>Cases per 100,000 people: %1</source>
        <translation>人口10万人当たり患者数：%1</translation>
    </message>
    <message>
        <source>meets the national standard</source>
        <translation>国家基準を達成</translation>
    </message>
    <message>
        <source>below the national standard</source>
        <translation>国家基準未達成</translation>
    </message>
    <message>
        <source>%1
%2 beds, %3</source>
        <translation>%1
%2 床、%3</translation>
    </message>
    <message>
        <source>%1
%2 beds
No occupancy reported in the period</source>
        <translation>%1
%2 床
期間中の稼働報告なし</translation>
    </message>
    <message>
        <source>%1
%2 beds
Occupancy %3 % on %4 (period average %5 %)</source>
        <translation>%1
%2 床
%4 の稼働率 %3 %（期間平均 %5 %）</translation>
    </message>
    <message>
        <source>Case and vaccination reports of units of the other side of the 1 July 2025 reform are counted in %1 through the unit lineage (population weights): counts may be fractional estimates.</source>
        <translation>2025年7月1日の再編の反対側の単位の患者・予防接種報告は、単位の継承関係（人口比重）により%1に集計されています。数値は小数の推計値になる場合があります。</translation>
    </message>
</context>
<context>
    <name>ioc::health::HealthModule</name>
    <message>
        <source>General hospital</source>
        <translation>総合病院</translation>
    </message>
    <message>
        <source>Specialist hospital</source>
        <translation>専門病院</translation>
    </message>
    <message>
        <source>Regional medical centre</source>
        <translation>地域医療センター</translation>
    </message>
    <message>
        <source>Commune health station</source>
        <translation>社保健所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中の病床</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>週の開始日</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>患者数</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>接種率 %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政単位</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医療施設</translation>
    </message>
</context>
<context>
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation><numerusform>%n 件 — クリックで拡大</numerusform></translation>
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
    <name>ioc::tourism::TourismDashboard</name>
    <message>
        <source>New Year</source>
        <translation>元日</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>南部解放記念日</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>メーデー</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国慶節</translation>
    </message>
    <message>
        <source>Tết</source>
        <translation>テト（旧正月）</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; day</source>
        <translation>フンヴオン記念日</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>観光客数</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Room occupancy</source>
        <translation>客室稼働率</translation>
    </message>
    <message>
        <source>Guests registered</source>
        <translation>宿泊登録者数</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Foreign guests declared</source>
        <translation>外国人宿泊届出数</translation>
    </message>
    <message>
        <source>Overnight visitors</source>
        <translation>宿泊客数</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>客室数</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>室</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>登録値</translation>
    </message>
    <message>
        <source>International share</source>
        <translation>外国人客の割合</translation>
    </message>
    <message>
        <source>International visitors</source>
        <translation>外国人観光客</translation>
    </message>
    <message>
        <source>Foreign guests registered</source>
        <translation>外国人宿泊者</translation>
    </message>
    <message>
        <source>visitors of the area&apos;s attractions (no other breakdown is published).</source>
        <translation>地域内の観光地の来訪者数（他の内訳は公開されていません）。</translation>
    </message>
    <message>
        <source>To date: %1 days of each period</source>
        <translation>期間累計：各期間の最初の%1日</translation>
    </message>
    <message>
        <source>Daily room occupancy</source>
        <translation>日別の客室稼働率</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <source>Same day last year</source>
        <translation>前年同日</translation>
    </message>
    <message>
        <source>★ public holiday: %1</source>
        <translation>★ 祝日：%1</translation>
    </message>
    <message>
        <source>Guests registered by locality</source>
        <translation>地域別の宿泊登録者数</translation>
    </message>
    <message>
        <source>Visitors by attraction</source>
        <translation>観光地別の来訪者数</translation>
    </message>
    <message>
        <source>Latest month reported: %1.</source>
        <translation>最新の報告月：%1。</translation>
    </message>
    <message>
        <source>Room occupancy by former district</source>
        <translation>旧郡別の客室稼働率</translation>
    </message>
    <message>
        <source>%1
%2 rooms
No guest list in the last %3 days</source>
        <translation>%1
%2 室
過去%3日間宿泊者名簿の届出なし</translation>
    </message>
    <message>
        <source>%1
%2 rooms, occupancy %3 % on %4
Guests in the period: %5 (foreign: %6)</source>
        <translation>%1
%2 室、%4 の稼働率 %3 %
期間中の宿泊者：%5 人（外国人：%6 人）</translation>
    </message>
    <message>
        <source>%1
Visitors %2: %3</source>
        <translation>%1
%2 の来訪者：%3</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未報告</translation>
    </message>
</context>
<context>
    <name>ioc::tourism::TourismModule</name>
    <message>
        <source>Hotel</source>
        <translation>ホテル</translation>
    </message>
    <message>
        <source>Guesthouse</source>
        <translation>ゲストハウス</translation>
    </message>
    <message>
        <source>Homestay</source>
        <translation>民泊</translation>
    </message>
    <message>
        <source>Resort</source>
        <translation>リゾート</translation>
    </message>
    <message>
        <source>Beach</source>
        <translation>ビーチ</translation>
    </message>
    <message>
        <source>Heritage site</source>
        <translation>史跡</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Spiritual site</source>
        <translation>宗教施設</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>客室数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Rooms occupied</source>
        <translation>使用客室数</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>宿泊者</translation>
    </message>
    <message>
        <source>Foreign guests</source>
        <translation>外国人宿泊者</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>観光客数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政単位</translation>
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