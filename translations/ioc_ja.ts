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
            <source>--data-center needs an http:// or https:// URL, not &apos;%1&apos;.</source>
            <translation>--data-center には http:// または https:// の URL が必要です（&apos;%1&apos; は不可）。</translation>
        </message>
        <message>
            <source>--sync-once and --offline contradict each other.</source>
            <translation>--sync-once と --offline は同時に指定できません。</translation>
        </message>
        <message>
            <source>Write the local cache (not your own notes) to &lt;file&gt; for a colleague, then exit.</source>
            <translation>ローカルキャッシュ（自分のメモは含まない）を同僚用に &lt;file&gt; へ書き出して終了します。</translation>
        </message>
        <message>
            <source>Check &lt;file&gt; and make it the local cache, then exit.</source>
            <translation>&lt;file&gt; を検査してローカルキャッシュにし、終了します。</translation>
        </message>
        <message>
            <source>Quit by itself after &lt;ms&gt; milliseconds (smoke tests).</source>
            <translation>&lt;ms&gt; ミリ秒後に自動で終了します（スモークテスト用）。</translation>
        </message>
        <message>
            <source>A snapshot option needs a file.</source>
            <translation>スナップショットのオプションにはファイルが必要です。</translation>
        </message>
        <message>
            <source>--quit-after needs a number of milliseconds, not &apos;%1&apos;.</source>
            <translation>--quit-after にはミリ秒数を指定してください（&apos;%1&apos; ではありません）。</translation>
        </message>
        <message>
            <source>Run as the wall display: full screen, rotating boards, no editing.</source>
            <translation>ウォールディスプレイとして実行：全画面、ボードを順に表示、編集なし。</translation>
        </message>
        <message>
            <source>Wall screen: a number (0 = first) or &apos;all&apos; for one wall per screen.</source>
            <translation>ウォール画面：番号（0 = 最初）または画面ごとに表示する &apos;all&apos;。</translation>
        </message>
        <message>
            <source>Wall playlist: comma-separated boards, &apos;overview&apos; and module ids.</source>
            <translation>ウォールのプレイリスト：カンマ区切りのボード（&apos;overview&apos; とモジュールID）。</translation>
        </message>
        <message>
            <source>Seconds each wall board stays (3–3600).</source>
            <translation>各ボードの表示秒数（3～3600）。</translation>
        </message>
        <message>
            <source>Write a briefing PDF without opening a window: &apos;overview&apos; or a module id.</source>
            <translation>ウィンドウを開かずにブリーフィングPDFを書き出す：&apos;overview&apos; またはモジュールID。</translation>
        </message>
        <message>
            <source>Briefing period: today, yesterday (default), week, month, quarter or year.</source>
            <translation>ブリーフィング期間：today、yesterday（既定）、week、month、quarter、year。</translation>
        </message>
        <message>
            <source>Briefing PDF file to write.</source>
            <translation>書き出すブリーフィングPDFファイル。</translation>
        </message>
        <message>
            <source>--report needs &apos;overview&apos; or a module id.</source>
            <translation>--report には &apos;overview&apos; またはモジュールIDが必要です。</translation>
        </message>
        <message>
            <source>--report needs --out FILE.pdf.</source>
            <translation>--report には --out ファイル.pdf が必要です。</translation>
        </message>
        <message>
            <source>--period and --out need --report.</source>
            <translation>--period と --out には --report が必要です。</translation>
        </message>
        <message>
            <source>--screen, --wall-boards and --wall-interval need --wall.</source>
            <translation>--screen、--wall-boards、--wall-interval には --wall が必要です。</translation>
        </message>
        <message>
            <source>--screen needs a screen number (0, 1, …) or &apos;all&apos;, not &apos;%1&apos;.</source>
            <translation>--screen には画面番号（0、1、…）または &apos;all&apos; を指定してください（&apos;%1&apos; ではなく）。</translation>
        </message>
        <message>
            <source>--wall-boards needs at least one board.</source>
            <translation>--wall-boards には少なくとも1つのボードが必要です。</translation>
        </message>
        <message>
            <source>--wall-interval needs a number of seconds from 3 to 3600.</source>
            <translation>--wall-interval には3～3600の秒数が必要です。</translation>
        </message>
        <message>
            <source>--wall and --sync-once contradict each other.</source>
            <translation>--wall と --sync-once は同時に指定できません。</translation>
        </message>
        <message>
            <source>Sync every collection once without opening a window, print a report and exit: 0 if every enabled collection synced, 3 if some are missing at the source, 1 on other failures.</source>
            <translation>ウィンドウを開かずに全コレクションを一度同期し、報告を表示して終了します: 有効なコレクションがすべて同期されれば 0、サーバーに無いものがあれば 3、その他の失敗は 1。</translation>
        </message>
        <message>
            <source>Connect to the data center, compare what it publishes with what each module needs (through --mapping), print the findings and exit (non-zero only when a required collection or property is missing).</source>
            <translation>データセンターに接続し、公開内容を各モジュールの必要項目と（--mapping を通して）比較し、結果を表示して終了します（必須のコレクションまたは属性が欠けている場合のみ 0 以外）。</translation>
        </message>
        <message>
            <source>--check-data-center and --offline contradict each other.</source>
            <translation>--check-data-center と --offline は同時に使えません。</translation>
        </message>
        <message>
            <source>Use only one of --sync-once, --check-data-center, --export-snapshot and --import-snapshot.</source>
            <translation>--sync-once、--check-data-center、--export-snapshot、--import-snapshot のうち一つだけを指定してください。</translation>
        </message>
        <message>
            <source>Let a reconciliation delete more than 20 % of a collection&apos;s cached features (held otherwise, as a server answering from the wrong table would cause).</source>
            <translation>照合で1つのコレクションのキャッシュ済み地物の 20 % を超える削除を許可します（許可しない場合は保留します。サーバーが誤ったテーブルから応答した場合にも起こるためです）。</translation>
        </message>
    </context>
    <context>
        <name>DataCenterCheck</name>
        <message>
            <source>none of the Features classes</source>
            <translation>Features の適合クラスなし</translation>
        </message>
        <message>
            <source>Data center: %1</source>
            <translation>データセンター: %1</translation>
        </message>
        <message>
            <source>Cannot read the data center: %1</source>
            <translation>データセンターを読み取れません: %1</translation>
        </message>
        <message>
            <source>Conformance: %1</source>
            <translation>適合クラス: %1</translation>
        </message>
        <message>
            <source>Collections on the server: %1</source>
            <translation>サーバー上のコレクション数: %1</translation>
        </message>
        <message>
            <source>Mapping file: version %1</source>
            <translation>マッピングファイル: バージョン %1</translation>
        </message>
        <message>
            <source>No mapping file: our collection and property names are expected as they are.</source>
            <translation>マッピングファイルなし: コレクション名と属性名はそのまま使われている必要があります。</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必須</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>turned off in the mapping</source>
            <translation>マッピングで無効</translation>
        </message>
        <message>
            <source>MISSING — the server does not publish it; map it with &quot;id&quot;</source>
            <translation>欠落 — サーバーが公開していません。&quot;id&quot; で対応付けてください</translation>
        </message>
        <message>
            <source>cannot read a sample: %1</source>
            <translation>サンプルを読み取れません: %1</translation>
        </message>
        <message>
            <source>not probed (no features)</source>
            <translation>未確認（地物なし）</translation>
        </message>
        <message>
            <source>works (incremental sync)</source>
            <translation>有効（差分同期）</translation>
        </message>
        <message>
            <source>cannot be used (%1): every sync reads the whole collection</source>
            <translation>使用不可（%1）: 毎回コレクション全体を読み込みます</translation>
        </message>
        <message>
            <source>%1 features</source>
            <translation>地物 %1 件</translation>
        </message>
        <message>
            <source>count not given</source>
            <translation>件数の提示なし</translation>
        </message>
        <message>
            <source>datetime %1</source>
            <translation>datetime: %1</translation>
        </message>
        <message>
            <source>MISSING required property</source>
            <translation>必須属性が欠落</translation>
        </message>
        <message>
            <source>missing optional property</source>
            <translation>任意属性が欠落</translation>
        </message>
        <message>
            <source>&apos;%1&apos; has values the module does not know: %2 (allowed: %3); map them with &quot;values&quot;</source>
            <translation>&apos;%1&apos; にモジュールが知らない値があります: %2（許可: %3）。&quot;values&quot; で対応付けてください</translation>
        </message>
        <message>
            <source>%1 of %2 sampled features would be quarantined, e.g.: %3</source>
            <translation>サンプル %2 件中 %1 件が隔離されます。例: %3</translation>
        </message>
        <message>
            <source>the collection is empty</source>
            <translation>コレクションは空です</translation>
        </message>
        <message>
            <source>Module: %1</source>
            <translation>モジュール: %1</translation>
        </message>
        <message>
            <source>Shared collections</source>
            <translation>共有コレクション</translation>
        </message>
        <message>
            <source>On the server but not used: %1</source>
            <translation>サーバーにあるが未使用: %1</translation>
        </message>
        <message>
            <source>Every required collection and property maps.</source>
            <translation>必須のコレクションと属性はすべて対応しています。</translation>
        </message>
        <message numerus="yes">
            <source>%n required collection(s) or property(ies) missing: see MISSING above.</source>
            <translation>
                <numerusform>必須のコレクションまたは属性が %n 件欠落しています: 上の「欠落」を参照してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>No data center configured: use --data-center URL.</source>
            <translation>データセンターが未設定です: --data-center URL を指定してください。</translation>
        </message>
        <message>
            <source>date-time queryables (candidates for &quot;temporalProperty&quot;): %1</source>
            <translation>日時型のクエリ可能属性（&quot;temporalProperty&quot; の候補）: %1</translation>
        </message>
        <message numerus="yes">
            <source>the server ignores it: an interval in the year 2999 matched %n feature(s)</source>
            <translation>
                <numerusform>サーバーは無視します: 2999年の期間に %n 件の地物が一致しました</numerusform>
            </translation>
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
        <name>HelpDialogs</name>
        <message>
            <source>About IOC Desktop</source>
            <translation>IOC Desktop について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;Desktop client of the Intelligent Operations Center of Hà Tĩnh province.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Map data: Boundaries and places: Who&apos;s On First (CC0 / CC-BY), including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring provinces, river names and places: Made with Natural Earth (public domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this application.&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;IOC Desktop %1&lt;/h3&gt;&lt;p&gt;ハティン省インテリジェント・オペレーション・センターのデスクトップクライアント。&lt;/p&gt;&lt;p&gt;ローカルキャッシュ: %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;地図データ: 境界と地名: Who&apos;s On First (CC0 / CC-BY)、foursquare Quattroshapes (CC-BY) および GeoNames (CC-BY 4.0) のデータを含む。近隣の省、河川名、地名: Made with Natural Earth（パブリックドメイン）。海岸線、陸地、河川、島: GSHHG 2.3.7, P. Wessel &amp;amp; W.H.F. Smith (LGPL-3.0-or-later)。国境と近隣諸国: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later)。本アプリケーション用に切り抜き・簡略化しています。&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>The language will change the next time IOC Desktop starts. Your layout is kept.</source>
            <translation>言語は次回 IOC Desktop を起動したときに切り替わります。レイアウトはそのまま保持されます。</translation>
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
        <name>MirrorSnapshot</name>
        <message>
            <source>A first sync of %1 is still running: export the snapshot when it has finished.</source>
            <translation>%1 の初回同期はまだ実行中です。完了してからスナップショットを書き出してください。</translation>
        </message>
        <message>
            <source>%1 is not a usable IOC Desktop snapshot: %2</source>
            <translation>%1 は使用できる IOC Desktop スナップショットではありません: %2</translation>
        </message>
        <message>
            <source>There is no local cache to export at %1.</source>
            <translation>%1 には書き出すローカルキャッシュがありません。</translation>
        </message>
        <message>
            <source>Cannot open the local cache %1: %2</source>
            <translation>ローカルキャッシュ %1 を開けません: %2</translation>
        </message>
        <message>
            <source>Cannot write the snapshot</source>
            <translation>スナップショットを書き出せません</translation>
        </message>
        <message>
            <source>Cannot write the snapshot %1: %2</source>
            <translation>スナップショット %1 を書き出せません: %2</translation>
        </message>
        <message>
            <source>Cannot replace %1.</source>
            <translation>%1 を置き換えられません。</translation>
        </message>
        <message>
            <source>Cannot write the snapshot %1.</source>
            <translation>スナップショット %1 を書き出せません。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 は存在しません。</translation>
        </message>
        <message>
            <source>the integrity check gave no answer</source>
            <translation>整合性チェックが結果を返しませんでした</translation>
        </message>
        <message>
            <source>it has no snapshot manifest (it is not a file written by Export snapshot)</source>
            <translation>スナップショットのマニフェストがありません（「スナップショットの書き出し」で作られたファイルではありません）</translation>
        </message>
        <message>
            <source>The snapshot %1 was written by a newer IOC Desktop (%2) in a format this version cannot read. Update IOC Desktop first.</source>
            <translation>スナップショット %1 は新しい IOC Desktop（%2）がこのバージョンでは読めない形式で書いたものです。先に IOC Desktop を更新してください。</translation>
        </message>
        <message>
            <source>its manifest has no format version</source>
            <translation>マニフェストに形式バージョンがありません</translation>
        </message>
        <message>
            <source>The snapshot %1 comes from a newer IOC Desktop (%2, cache schema %3; this version knows up to %4). Update IOC Desktop before importing it.</source>
            <translation>スナップショット %1 は新しい IOC Desktop（%2、キャッシュスキーマ %3。このバージョンは %4 まで対応）のものです。取り込む前に IOC Desktop を更新してください。</translation>
        </message>
        <message>
            <source>it holds no cache tables</source>
            <translation>キャッシュのテーブルがありません</translation>
        </message>
        <message>
            <source>The snapshot %1 comes from a newer IOC Desktop (%2): the tables of module %3 are at version %4, this version knows up to %5. Update IOC Desktop before importing it.</source>
            <translation>スナップショット %1 は新しい IOC Desktop（%2）のものです。モジュール %3 のテーブルはバージョン %4 で、このバージョンは %5 まで対応しています。取り込む前に IOC Desktop を更新してください。</translation>
        </message>
        <message>
            <source>Cannot create the data directory %1.</source>
            <translation>データディレクトリ %1 を作成できません。</translation>
        </message>
        <message>
            <source>Cannot copy the snapshot into %1 (is the disk full?).</source>
            <translation>スナップショットを %1 にコピーできません（ディスクがいっぱいですか？）。</translation>
        </message>
        <message>
            <source>Cannot prepare the snapshot copy: %1</source>
            <translation>スナップショットのコピーを準備できません: %1</translation>
        </message>
        <message>
            <source>Cannot move the current cache %1 aside; nothing was changed.</source>
            <translation>現在のキャッシュ %1 を退避できません。何も変更していません。</translation>
        </message>
        <message>
            <source>Cannot put the snapshot in place of %1; the current cache was kept.</source>
            <translation>%1 をスナップショットで置き換えられません。現在のキャッシュはそのまま残っています。</translation>
        </message>
        <message>
            <source>%1, which IOC Desktop does not create: the file may have been altered</source>
            <translation>%1（IOC Desktop が作成しないもの）: ファイルが改変された可能性があります</translation>
        </message>
        <message>
            <source>its %1 %2 differs from the one of cache schema %3</source>
            <translation>%1 %2 がキャッシュスキーマ %3 のものと異なります</translation>
        </message>
        <message>
            <source>it holds a virtual table %1</source>
            <translation>仮想テーブル %1 を含んでいます</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>IOC Desktop cannot start</source>
            <translation>IOC Desktop を起動できません</translation>
        </message>
        <message>
            <source>No data center is configured and there is no local cache yet: use --data-center URL, or --offline.</source>
            <translation>データセンターが設定されておらず、ローカルキャッシュもありません。--data-center URL または --offline を指定してください。</translation>
        </message>
        <message>
            <source>Import snapshot</source>
            <translation>スナップショットの取り込み</translation>
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
        <name>SimulatorLauncher</name>
        <message>
            <source>The data-center simulator (ioc-datacenter-sim) is not installed. Install the ioc-datacenter-sim package.</source>
            <translation>データセンターシミュレーター（ioc-datacenter-sim）がインストールされていません。ioc-datacenter-sim パッケージをインストールしてください。</translation>
        </message>
        <message>
            <source>Cannot start the data-center simulator %1: %2</source>
            <translation>データセンターシミュレーター %1 を起動できません: %2</translation>
        </message>
        <message>
            <source>The data-center simulator did not start within %1 s.</source>
            <translation>データセンターシミュレーターが %1 秒以内に起動しませんでした。</translation>
        </message>
    </context>
    <context>
        <name>SnapshotActions</name>
        <message>
            <source>IOC Desktop snapshots (*.iocsnap);;All files (*)</source>
            <translation>IOC Desktop スナップショット (*.iocsnap);;すべてのファイル (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s), written by IOC Desktop %1 on %2</source>
            <translation>
                <numerusform>%n 件のレコード、IOC Desktop %1 が %2 に作成</numerusform>
            </translation>
        </message>
        <message>
            <source>The snapshot was not imported: %1</source>
            <translation>スナップショットは取り込まれませんでした: %1</translation>
        </message>
        <message>
            <source>Snapshot imported: %1.</source>
            <translation>スナップショットを取り込みました: %1。</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>There is no local cache in %1 to export.</source>
            <translation>%1 には書き出すローカルキャッシュがありません。</translation>
        </message>
        <message numerus="yes">
            <source>Snapshot written to %1: %n record(s).</source>
            <translation>
                <numerusform>スナップショットを %1 に書き出しました: %n 件のレコード。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Snapshot imported into %1: %n record(s), written by IOC Desktop %2 on %3.</source>
            <translation>
                <numerusform>スナップショットを %1 に取り込みました: %n 件のレコード、IOC Desktop %2 が %3 に作成。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::alerts</name>
        <message>
            <source>Info</source>
            <translation>情報</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>発生</translation>
        </message>
        <message>
            <source>Acknowledged by %1 %2</source>
            <translation>%1 が確認 %2</translation>
        </message>
        <message>
            <source>Resolved automatically %1</source>
            <translation>自動解決 %1</translation>
        </message>
        <message>
            <source>Resolved by %1 %2</source>
            <translation>%1 が解決 %2</translation>
        </message>
        <message>
            <source> · snoozed until %1</source>
            <translation> · %1 まで一時停止</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>モジュール</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>アラート</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Raised at</source>
            <translation>発生時刻</translation>
        </message>
    </context>
    <context>
        <name>ioc::alerts::AlertEngine</name>
        <message>
            <source>This alert is no longer open.</source>
            <translation>このアラートはすでに閉じています。</translation>
        </message>
        <message>
            <source>A silence needs an alert, a rule or an area.</source>
            <translation>一時停止にはアラート、ルール、または地域の指定が必要です。</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::Briefing</name>
        <message>
            <source>no data</source>
            <translation>データなし</translation>
        </message>
        <message>
            <source>%1 %2 points vs the previous period</source>
            <translation>前期比 %1 %2 ポイント</translation>
        </message>
        <message>
            <source>%1 %2 % vs the previous period</source>
            <translation>前期比 %1 %2 %</translation>
        </message>
        <message>
            <source>Unknown period &apos;%1&apos;; use one of: %2.</source>
            <translation>不明な期間 &apos;%1&apos;。次のいずれかを使ってください：%2。</translation>
        </message>
        <message>
            <source>Unknown report &apos;%1&apos;; use one of: %2.</source>
            <translation>不明なレポート &apos;%1&apos;。次のいずれかを使ってください：%2。</translation>
        </message>
        <message>
            <source>Briefing written to %1</source>
            <translation>ブリーフィングを %1 に書き出しました</translation>
        </message>
        <message numerus="yes">
            <source>Active alerts (%n)</source>
            <translation>
                <numerusform>発生中のアラート（%n件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>アラート</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>モジュール</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>発生</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>acknowledged by %1 %2</source>
            <translation>%1 が %2 に確認済み</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>未対応</translation>
        </message>
        <message>
            <source>Whole province</source>
            <translation>省全体</translation>
        </message>
        <message>
            <source>Ha Tinh province briefing</source>
            <translation>ハティン省 総合ブリーフィング</translation>
        </message>
        <message>
            <source>The province at a glance</source>
            <translation>省の概況</translation>
        </message>
        <message>
            <source>Active alerts on the map</source>
            <translation>地図上の発生中アラート</translation>
        </message>
        <message>
            <source>Briefing: %1</source>
            <translation>ブリーフィング：%1</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地図</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::BriefingActions</name>
        <message>
            <source>Export &amp;briefing PDF…</source>
            <translation>ブリーフィングPDFを書き出す(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation>ブリーフィングを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Province overview</source>
            <translation>省の総合</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>ブリーフィング</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>レポート：</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨日</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>今週</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>今月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>今四半期</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Export briefing</source>
            <translation>ブリーフィングの書き出し</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF文書 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::ConnectionBanner</name>
        <message>
            <source>never synced</source>
            <translation>未同期</translation>
        </message>
        <message>
            <source>Offline since %1 — data as of %2</source>
            <translation>%1 からオフライン — データは %2 時点</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::ConnectionTest</name>
        <message>
            <source>Enter the data center&apos;s address, starting with http:// or https://.</source>
            <translation>データセンターのアドレスを http:// または https:// で始めて入力してください。</translation>
        </message>
        <message>
            <source>The data center at %1 refused the access token (HTTP %2). Check the token.</source>
            <translation>%1 のデータセンターがアクセストークンを拒否しました（HTTP %2）。トークンを確認してください。</translation>
        </message>
        <message>
            <source>Cannot reach %1: %2. Check the address and the network.</source>
            <translation>%1 に接続できません: %2。アドレスとネットワークを確認してください。</translation>
        </message>
        <message>
            <source>The server at %1 answered HTTP %2 for %3; is the address the service&apos;s base URL?</source>
            <translation>%1 のサーバーは %3 に対して HTTP %2 を返しました。アドレスはサービスのベース URL ですか？</translation>
        </message>
        <message>
            <source>The server at %1 answers, but not as an OGC API – Features service (no list of collections).</source>
            <translation>%1 のサーバーは応答しましたが、OGC API – Features サービスではありません（コレクション一覧がありません）。</translation>
        </message>
        <message numerus="yes">
            <source>Connected: the data center at %1 offers %n collection(s).</source>
            <translation>
                <numerusform>接続しました: %1 のデータセンターは %n 個のコレクションを提供しています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::app::ControlRoomAlerts</name>
        <message>
            <source>Alerts</source>
            <translation>アラート</translation>
        </message>
        <message>
            <source>&amp;Sound for critical alerts</source>
            <translation>緊急アラートの音(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Reload alert rules</source>
            <translation>アラートルールを再読み込み(&amp;R)</translation>
        </message>
        <message>
            <source>Alert rules refused: %1</source>
            <translation>拒否されたアラートルール: %1</translation>
        </message>
        <message>
            <source>Alerts %1</source>
            <translation>アラート %1</translation>
        </message>
        <message>
            <source>Open alerts — %1</source>
            <translation>未解決のアラート — %1</translation>
        </message>
        <message>
            <source>Critical alert — %1</source>
            <translation>緊急アラート — %1</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>アラート履歴(&amp;H)…</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::FirstRunDialog</name>
        <message>
            <source>Welcome to IOC Desktop</source>
            <translation>IOC Desktop へようこそ</translation>
        </message>
        <message>
            <source>IOC Desktop has no data yet. Where should it come from?</source>
            <translation>IOC Desktop にはまだデータがありません。どこから取得しますか？</translation>
        </message>
        <message>
            <source>Connect to the province&apos;s &amp;data center</source>
            <translation>省の&amp;データセンターに接続する</translation>
        </message>
        <message>
            <source>Start the built-in &amp;simulator (demonstration, training)</source>
            <translation>内蔵&amp;シミュレーターを起動する（デモ・研修）</translation>
        </message>
        <message>
            <source>Work &amp;offline (empty cache, or import a snapshot)</source>
            <translation>&amp;オフラインで作業する（空のキャッシュ、またはスナップショットを取り込む）</translation>
        </message>
        <message>
            <source>from your administrator; empty if none</source>
            <translation>管理者から入手。なければ空欄</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>接続を&amp;テスト</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス:</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>アクセストークン:</translation>
        </message>
        <message>
            <source>The simulator (package ioc-datacenter-sim) is not installed on this computer.</source>
            <translation>このコンピューターにはシミュレーター（ioc-datacenter-sim パッケージ）がインストールされていません。</translation>
        </message>
        <message>
            <source>IOC Desktop starts a simulated provincial data center with synthetic data on this computer and stops it when you quit. Nothing leaves this computer.</source>
            <translation>IOC Desktop はこのコンピューター上で合成データの模擬データセンターを起動し、終了時に停止します。データが外部に出ることはありません。</translation>
        </message>
        <message>
            <source>A colleague can give you a snapshot (File → Export snapshot) to work without a network. Without one, IOC Desktop starts with an empty cache.</source>
            <translation>同僚からスナップショット（ファイル → スナップショットの書き出し）を受け取れば、ネットワークなしで作業できます。なければ空のキャッシュで起動します。</translation>
        </message>
        <message>
            <source>Choose a s&amp;napshot…</source>
            <translation>スナップショットを&amp;選択…</translation>
        </message>
        <message>
            <source>No snapshot chosen.</source>
            <translation>スナップショットが選択されていません。</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;続ける</translation>
        </message>
        <message>
            <source>Import snapshot</source>
            <translation>スナップショットの取り込み</translation>
        </message>
        <message>
            <source>IOC Desktop snapshots (*.iocsnap);;All files (*)</source>
            <translation>IOC Desktop スナップショット (*.iocsnap);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>テスト中…</translation>
        </message>
        <message>
            <source>Test the connection before continuing.</source>
            <translation>続ける前に接続をテストしてください。</translation>
        </message>
        <message>
            <source>The address or the token changed: test again.</source>
            <translation>アドレスまたはトークンが変更されました。もう一度テストしてください。</translation>
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
        <name>ioc::app::LayoutManager</name>
        <message>
            <source>Choose &amp;layout</source>
            <translation>レイアウトを選択(&amp;L)</translation>
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
            <source>&amp;Reset layout</source>
            <translation>レイアウトを元に戻す(&amp;R)</translation>
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
            <source>The saved window layout was damaged; the default layout is used.</source>
            <translation>保存されたウィンドウ配置が壊れていたため、既定の配置を使用します。</translation>
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
            <source>The layout &quot;%1&quot; is damaged and cannot be used.</source>
            <translation>配置「%1」は壊れているため使用できません。</translation>
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
    </context>
    <context>
        <name>ioc::app::MainWindow</name>
        <message>
            <source>The map file could not be used; showing the built-in map: %1</source>
            <translation>地図ファイルを使用できません。内蔵の地図を表示しています: %1</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>アラート(&amp;A)</translation>
        </message>
        <message>
            <source>Not connected to a data center: only map tiles can be saved now.</source>
            <translation>データセンターに未接続：今は地図タイルのみ保存できます。</translation>
        </message>
        <message>
            <source>Prepare for offline</source>
            <translation>オフライン作業の準備</translation>
        </message>
        <message>
            <source>The data is being synced. No map tile server is set (Settings → Map), so the built-in offline map is used; it needs no download.</source>
            <translation>データを同期中です。地図タイルサーバーが未設定（設定 → 地図）のため内蔵のオフライン地図を使います。ダウンロードは不要です。</translation>
        </message>
        <message>
            <source>an operator</source>
            <translation>オペレーター</translation>
        </message>
        <message>
            <source>Hà Tĩnh</source>
            <translation>ハティン省</translation>
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
        <name>ioc::app::SnapshotActions</name>
        <message>
            <source>&amp;Export snapshot…</source>
            <translation>スナップショットの&amp;書き出し…</translation>
        </message>
        <message>
            <source>Write the local cache to one file a colleague can import without network (your notes are not included)</source>
            <translation>ローカルキャッシュを、同僚がネットワークなしで取り込める一つのファイルに書き出します（自分のメモは含まれません）</translation>
        </message>
        <message>
            <source>&amp;Import snapshot…</source>
            <translation>スナップショットの&amp;取り込み…</translation>
        </message>
        <message>
            <source>Replace the local cache with a snapshot</source>
            <translation>ローカルキャッシュをスナップショットで置き換えます</translation>
        </message>
        <message>
            <source>Export snapshot</source>
            <translation>スナップショットの書き出し</translation>
        </message>
        <message>
            <source>The snapshot was written to %1 (%2).</source>
            <translation>スナップショットを %1 に書き出しました（%2）。</translation>
        </message>
        <message>
            <source>Import snapshot</source>
            <translation>スナップショットの取り込み</translation>
        </message>
        <message>
            <source>Cannot copy %1 into the data folder (is the disk full?).</source>
            <translation>%1 をデータフォルダーにコピーできません（ディスクがいっぱいですか？）。</translation>
        </message>
        <message>
            <source>%1

The snapshot (%2) replaces the local cache when IOC Desktop starts again; your notes and acknowledgements are kept. Restart now?</source>
            <translation>%1

このスナップショット（%2）は IOC Desktop の次回起動時にローカルキャッシュを置き換えます。メモと確認済みの記録は残ります。今すぐ再起動しますか？</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::StatusBarController</name>
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
            <source>Offline — working from the cache</source>
            <translation>オフライン — キャッシュのデータで作業中</translation>
        </message>
        <message>
            <source>Data center: not configured</source>
            <translation>データセンター: 未設定</translation>
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
        <message>
            <source>&amp;Delete held features…</source>
            <translation>保留中の地物を削除(&amp;D)…</translation>
        </message>
        <message>
            <source>The data center no longer lists many features of the selected collection; they were kept until you confirm</source>
            <translation>データセンターは選択したコレクションの多くの地物を掲載しなくなりました。確認されるまで保持しています</translation>
        </message>
        <message>
            <source>Delete features no longer on the data center?</source>
            <translation>データセンターにない地物を削除しますか?</translation>
        </message>
        <message numerus="yes">
            <source>The data center no longer lists %Ln feature(s) of “%1” that this workstation still has. That is more of the collection than sync deletes on its own: it more often means the server answers from the wrong table or filter than that they were removed.</source>
            <translation>
                <numerusform>データセンターは、この端末にある「%1」の地物 %Ln 件を掲載しなくなりました。同期が自動で削除する割合を超えています。実際に削除されたというより、サーバーが誤ったテーブルやフィルターから応答している可能性が高い状況です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete them from this workstation&apos;s copy? The next sync does it; if even more have gone by then, it asks again.</source>
            <translation>この端末のコピーから削除しますか?次回の同期で削除します。それまでにさらに減っていた場合は、改めて確認します。</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>Data issues</source>
            <translation>データの問題</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallConfig</name>
        <message>
            <source>wall/%1 must be between %2 and %3; using %4.</source>
            <translation>wall/%1 は %2～%3 の範囲で指定してください。%4 を使います。</translation>
        </message>
        <message>
            <source>Wall board &apos;%1&apos; is not a module; left out.</source>
            <translation>ボード &apos;%1&apos; はモジュールではないため除外しました。</translation>
        </message>
        <message>
            <source>Screen &apos;%1&apos; does not exist (this machine has %2); using the primary screen.</source>
            <translation>画面 &apos;%1&apos; はありません（この機械の画面数は %2）。メイン画面を使います。</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallSession</name>
        <message>
            <source>no data</source>
            <translation>データなし</translation>
        </message>
        <message>
            <source>records in the cache</source>
            <translation>キャッシュ内のレコード</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallTile</name>
        <message>
            <source>✓ No active alerts</source>
            <translation>✓ 発生中のアラートなし</translation>
        </message>
        <message>
            <source>◆ %1 critical · ▲ %2 warnings</source>
            <translation>◆ 緊急 %1 件 · ▲ 警告 %2 件</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WallWindow</name>
        <message>
            <source>IOC wall display</source>
            <translation>IOC ウォールディスプレイ</translation>
        </message>
        <message>
            <source>Board &quot;%1&quot; is not available</source>
            <translation>ボード &quot;%1&quot; は利用できません</translation>
        </message>
    </context>
    <context>
        <name>ioc::app::WindowActions</name>
        <message>
            <source>&amp;Sync now</source>
            <translation>今すぐ同期(&amp;S)</translation>
        </message>
        <message>
            <source>Sync status and data &amp;issues…</source>
            <translation>同期状況とデータの問題(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Refused actions…</source>
            <translation>拒否された操作(&amp;R)…</translation>
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
            <source>&amp;Prepare for offline…</source>
            <translation>オフライン作業の準備(&amp;P)…</translation>
        </message>
        <message>
            <source>Save map &amp;area for offline use…</source>
            <translation>地図の範囲をオフライン用に保存(&amp;A)…</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>設定(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
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
            <source>&amp;Full screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
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
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
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
            <source>La&amp;nguage</source>
            <translation>言語(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>レイアウト:</translation>
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
    </context>
    <context>
        <name>ioc::cameras::Tr</name>
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
            <source>Confirmed</source>
            <translation>確認（正）</translation>
        </message>
        <message>
            <source>The detection is real</source>
            <translation>この検知は正しい</translation>
        </message>
        <message>
            <source>False positive</source>
            <translation>誤検知</translation>
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
            <source>Up to %1 on each day</source>
            <translation>各日の%1まで</translation>
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
            <source>%1
%2, last heartbeat %3</source>
            <translation>%1
%2、最終ハートビート %3</translation>
        </message>
        <message>
            <source>%1 (%2 %)
%3, camera %4</source>
            <translation>%1（%2 %）
%3、カメラ %4</translation>
        </message>
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
            <source>Security</source>
            <translation>防犯</translation>
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
            <source>Unit</source>
            <translation>行政単位</translation>
        </message>
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
        <name>ioc::collections</name>
        <message>
            <source>Administrative units</source>
            <translation>行政単位</translation>
        </message>
        <message>
            <source>Administrative reorganisation</source>
            <translation>行政単位の再編</translation>
        </message>
        <message>
            <source>Alert acknowledgements</source>
            <translation>アラートの受付</translation>
        </message>
        <message>
            <source>Operator notes</source>
            <translation>オペレーターのメモ</translation>
        </message>
        <message>
            <source>Directives</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Indicator figures</source>
            <translation>指標の数値</translation>
        </message>
        <message>
            <source>Plan targets</source>
            <translation>計画目標</translation>
        </message>
        <message>
            <source>One-stop offices</source>
            <translation>ワンストップ窓口</translation>
        </message>
        <message>
            <source>Administrative dossiers</source>
            <translation>行政手続きの申請</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>機関</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>Assigned tasks</source>
            <translation>指示された業務</translation>
        </message>
        <message>
            <source>Health facilities</source>
            <translation>医療機関</translation>
        </message>
        <message>
            <source>Hospital bed occupancy</source>
            <translation>病床稼働</translation>
        </message>
        <message>
            <source>Disease cases</source>
            <translation>症例</translation>
        </message>
        <message>
            <source>Vaccination</source>
            <translation>予防接種</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Daily school attendance</source>
            <translation>日別の出席</translation>
        </message>
        <message>
            <source>Accommodation establishments</source>
            <translation>宿泊施設</translation>
        </message>
        <message>
            <source>Room occupancy</source>
            <translation>客室稼働</translation>
        </message>
        <message>
            <source>Tourist attractions</source>
            <translation>観光地</translation>
        </message>
        <message>
            <source>Visitor arrivals</source>
            <translation>来訪者数</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>カメラ</translation>
        </message>
        <message>
            <source>Camera events</source>
            <translation>カメラのイベント</translation>
        </message>
    </context>
    <context>
        <name>ioc::core::RecordCsv</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません：%2</translation>
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
        <name>ioc::documents::Tr</name>
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
            <source>* period still running: to date.</source>
            <translation>* 期間途中：現時点までの値。</translation>
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
            <source>Directives</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>Incoming</source>
            <comment>document direction</comment>
            <translation>受信</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <comment>document direction</comment>
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
    </context>
    <context>
        <name>ioc::education::Tr</name>
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
        <message>
            <source>Open</source>
            <translation>授業あり</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>休校</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>学校段階</translation>
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
        <name>ioc::health::Tr</name>
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
        <message>
            <source>Facility</source>
            <translation>医療施設</translation>
        </message>
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
            <source>Occupied</source>
            <translation>使用中の病床</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
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
        <name>ioc::map::OfflineDownload</name>
        <message>
            <source>%1 tiles is too many for one download (at most %2): choose a smaller area or fewer zoom levels.</source>
            <translation>1回のダウンロードで%1枚のタイルは多すぎます（上限%2枚）。範囲を狭めるか、ズームレベルを減らしてください。</translation>
        </message>
        <message>
            <source>The map has no tile server configured.</source>
            <translation>この地図にはタイルサーバーが設定されていません。</translation>
        </message>
        <message>
            <source>A download is already running.</source>
            <translation>ダウンロードはすでに実行中です。</translation>
        </message>
        <message>
            <source>The area contains no tiles.</source>
            <translation>この範囲にはタイルがありません。</translation>
        </message>
    </context>
    <context>
        <name>ioc::map::SaveAreaDialog</name>
        <message>
            <source>Save this area for offline use</source>
            <translation>この範囲をオフライン用に保存</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>現在の表示範囲</translation>
        </message>
        <message>
            <source>Selected area (Shift-drag)</source>
            <translation>選択した範囲（Shift+ドラッグ）</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>範囲:</translation>
        </message>
        <message>
            <source>From zoom level:</source>
            <translation>開始ズームレベル:</translation>
        </message>
        <message>
            <source>To zoom level:</source>
            <translation>終了ズームレベル:</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>%1 tiles, about %2. Tiles already saved are skipped.</source>
            <translation>タイル%1枚、約%2。保存済みのタイルはスキップされます。</translation>
        </message>
        <message>
            <source>That is more than %1 tiles: choose a smaller area or fewer zoom levels.</source>
            <translation>%1枚を超えています。範囲を狭めるか、ズームレベルを減らしてください。</translation>
        </message>
        <message>
            <source>No tile server is configured for this map; the built-in map already works offline.</source>
            <translation>この地図にはタイルサーバーが設定されていません。内蔵の地図はそのままオフラインで使えます。</translation>
        </message>
        <message>
            <source>Saving map tiles: %1 of %2</source>
            <translation>地図タイルを保存中: %1 / %2</translation>
        </message>
        <message>
            <source>Cancelling; the tiles saved so far are kept…</source>
            <translation>キャンセル中です。保存済みのタイルは残ります…</translation>
        </message>
        <message>
            <source>%1 tiles saved, %2 were already saved, %3 failed.</source>
            <translation>%1枚を保存、%2枚は保存済み、%3枚は失敗しました。</translation>
        </message>
        <message>
            <source>Cancelled. </source>
            <translation>キャンセルしました。</translation>
        </message>
        <message>
            <source>Where tiles are missing the map shows the built-in basemap.</source>
            <translation>タイルがない場所では内蔵の基本図が表示されます。</translation>
        </message>
        <message>
            <source>Save this area for offline use…</source>
            <translation>この範囲をオフライン用に保存…</translation>
        </message>
        <message>
            <source>Download the map tiles of this area so the map works without network</source>
            <translation>この範囲の地図タイルをダウンロードし、ネットワークなしでも地図を使えるようにします</translation>
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
        <name>ioc::publicservices::Tr</name>
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
            <source>* period still running: to date.</source>
            <translation>* 期間途中：現時点までの値。</translation>
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
            <source>Received</source>
            <comment>records</comment>
            <translation>受付済み</translation>
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
        <name>ioc::reports::ReportWriter</name>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Cannot write the report to %1.</source>
            <translation>レポートを %1 に書き込めません。</translation>
        </message>
        <message>
            <source>Period: %1 · Area: %2 · Data as of %3</source>
            <translation>期間：%1 · 地域：%2 · データ時点 %3</translation>
        </message>
        <message>
            <source>Generated %1 · data as of %2</source>
            <translation>作成 %1 · データ時点 %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
    </context>
    <context>
        <name>ioc::socioeconomic::Tr</name>
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
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>地域コード</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>単位</translation>
        </message>
    </context>
    <context>
        <name>ioc::sync::SyncEngine</name>
        <message>
            <source>The disk holding %1 is full: sync paused. Nothing stored was lost; free space on it and sync resumes where it stopped.</source>
            <translation>%1 のあるディスクがいっぱいです。同期を一時停止しました。保存済みのデータは失われていません。空き容量を確保すると、停止した所から同期を再開します。</translation>
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
        <message numerus="yes">
            <source>%1 (%n request(s))</source>
            <translation>
                <numerusform>%1（リクエスト %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloaded (last hour)</source>
            <translation>ダウンロード量（直近1時間）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln deletion(s) held for confirmation</source>
            <translation>
                <numerusform>%Ln 件の削除が確認待ち</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::tourism::Tr</name>
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
            <source>Unit</source>
            <translation>行政単位</translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::AlertHistoryDialog</name>
        <message>
            <source>Alert history</source>
            <translation>アラート履歴</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>すべてのモジュール</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>すべての重大度</translation>
        </message>
        <message>
            <source>Warning and above</source>
            <translation>警告以上</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>緊急のみ</translation>
        </message>
        <message>
            <source>Every change</source>
            <translation>すべての変更</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>発生</translation>
        </message>
        <message>
            <source>Raised again</source>
            <translation>再発生</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Snooze ended</source>
            <translation>一時停止終了</translation>
        </message>
        <message>
            <source>Unit code, e.g. 18028</source>
            <translation>地域コード(例: 18028)</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>表示:</translation>
        </message>
        <message>
            <source>Time and area:</source>
            <translation>期間と地域:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重大度</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>モジュール</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>By / note</source>
            <translation>実施者 / メモ</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>アラート</translation>
        </message>
        <message>
            <source>&amp;Apply filters</source>
            <translation>フィルターを適用(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV をエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自動</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 件の変更</numerusform>
            </translation>
        </message>
        <message>
            <source>Export alert history</source>
            <translation>アラート履歴のエクスポート</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s) to %1</source>
            <translation>
                <numerusform>%n 件の変更を %1 にエクスポートしました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::AlertListWidget</name>
        <message>
            <source>Operator:</source>
            <translation>オペレーター:</translation>
        </message>
        <message>
            <source>What was done (required)</source>
            <translation>対応内容(必須)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>メモ(任意)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>メモ:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未解決</translation>
        </message>
        <message>
            <source>Not acknowledged</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>すべての重大度</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>緊急のみ</translation>
        </message>
        <message>
            <source>Warning and above</source>
            <translation>警告以上</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>確認(&amp;A)</translation>
        </message>
        <message>
            <source>Resol&amp;ve</source>
            <translation>解決(&amp;V)</translation>
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation>一時停止(&amp;N)</translation>
        </message>
        <message>
            <source>Silence this alert, its rule or its area for a while (Ctrl+Shift+Z)</source>
            <translation>このアラート、そのルールまたは地域をしばらく一時停止 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>No alerts.</source>
            <translation>アラートはありません。</translation>
        </message>
        <message>
            <source>Acknowledge alert</source>
            <translation>アラートの確認</translation>
        </message>
        <message>
            <source>Resolve alert</source>
            <translation>アラートの解決</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>This alert</source>
            <translation>このアラート</translation>
        </message>
        <message>
            <source>Every alert of this rule</source>
            <translation>このルールのすべてのアラート</translation>
        </message>
        <message>
            <source>Every alert in this area (%1)</source>
            <translation>この地域のすべてのアラート (%1)</translation>
        </message>
        <message>
            <source>Silence:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15分</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1時間</translation>
        </message>
        <message>
            <source>4 hours</source>
            <translation>4時間</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24時間</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>期間:</translation>
        </message>
        <message>
            <source>Why (e.g. maintenance, known outage)</source>
            <translation>理由(例: 保守、既知の障害)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>理由:</translation>
        </message>
        <message>
            <source>&amp;Directive…</source>
            <translation>指示を出す(&amp;D)…</translation>
        </message>
        <message>
            <source>Assign this alert to an agency with a deadline</source>
            <translation>このアラートを期限付きで機関に割り当てる</translation>
        </message>
        <message>
            <source>Acknowledge the selected alert (Ctrl+Enter)</source>
            <translation>選択したアラートを確認する (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Mark the selected alert resolved, with a note (Ctrl+Shift+Enter)</source>
            <translation>選択したアラートをメモ付きで解決済みにする (Ctrl+Shift+Enter)</translation>
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
        <message>
            <source>Area within the current one</source>
            <translation>下位の地域</translation>
        </message>
        <message>
            <source>Period length</source>
            <translation>期間の種類</translation>
        </message>
        <message>
            <source>A day in the period</source>
            <translation>期間内の日付</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>What the figures show</source>
            <translation>表示する指標</translation>
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
        <message>
            <source>Loading the agencies…</source>
            <translation>機関を読み込み中…</translation>
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
        <message>
            <source>%1. Review and report the measures taken.</source>
            <translation>%1。対応策を検討し、報告してください。</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>アラート</translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::OutboxDialog</name>
        <message>
            <source>Taken at</source>
            <translation>操作日時</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Refused because</source>
            <translation>拒否の理由</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>判断日時</translation>
        </message>
        <message>
            <source>By</source>
            <translation>判断者</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <source>&amp;Send again</source>
            <translation>再送信(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>破棄(&amp;D)…</translation>
        </message>
        <message>
            <source>Refused actions</source>
            <translation>拒否された操作</translation>
        </message>
        <message>
            <source>The data center refused these actions. Send one again once its cause is fixed, or discard it: it then stays on this workstation and is never sent. Each decision is recorded with your name.</source>
            <translation>データセンターはこれらの操作を拒否しました。原因を解消してから再送信するか、破棄してください。破棄した操作はこの端末に残り、送信されることはありません。判断はすべてあなたの名前とともに記録されます。</translation>
        </message>
        <message>
            <source>Operator:</source>
            <translation>オペレーター:</translation>
        </message>
        <message>
            <source>Decisions made on this workstation:</source>
            <translation>この端末で行われた判断:</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>再送信</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>No refused actions.</source>
            <translation>拒否された操作はありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n refused action(s).</source>
            <translation>
                <numerusform>拒否された操作: %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the action?</source>
            <translation>この操作を破棄しますか?</translation>
        </message>
        <message>
            <source>“%1” will never reach the data center. It stays on this workstation, and your decision is recorded.</source>
            <translation>「%1」はデータセンターに届きません。この端末に残り、あなたの判断が記録されます。</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Directive</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>alert in %1</source>
            <translation>%1 のアラート</translation>
        </message>
        <message>
            <source>alert in %1 — %2</source>
            <translation>%1 のアラート — %2</translation>
        </message>
        <message>
            <source>%1 (to %2)</source>
            <translation>%1 (宛先: %2)</translation>
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
        <message>
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <source>Export the records shown (all of them, with this filter) as CSV</source>
            <translation>表示中のレコード（このフィルターで全件）をCSVに書き出す</translation>
        </message>
        <message>
            <source>Export records as CSV</source>
            <translation>レコードをCSVに書き出す</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>レコードの書き出し</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSVファイル (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ioc::ui::Theme</name>
        <message>
            <source>Critical</source>
            <translation>緊急</translation>
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
