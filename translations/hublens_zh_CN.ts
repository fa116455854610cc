<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HubLens</source>
        <translation>关于 HubLens</translation>
    </message>
    <message>
        <source>HubLens %1</source>
        <translation>HubLens %1</translation>
    </message>
    <message>
        <source>Search and inspect models and datasets on the Hugging Face Hub, from the desktop or the command line.</source>
        <translation>在桌面或命令行中搜索和查看 Hugging Face Hub 上的模型与数据集。</translation>
    </message>
    <message>
        <source>HubLens is free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>HubLens 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（%1）发布，不提供任何担保。</translation>
    </message>
    <message>
        <source>Running on these libraries:</source>
        <translation>本程序使用了以下库：</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>AgreementBand</name>
    <message>
        <source>poor</source>
        <translation>一致性差</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>轻微一致</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般一致</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等一致</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>高度一致</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>几乎完全一致</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation>%1 — %2 秒后重试（第 %3 次尝试）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&amp;Load rows</source>
        <translation>加载数据行(&amp;L)</translation>
    </message>
    <message>
        <source>Batch run</source>
        <translation>批处理运行</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A JSONL, CSV or TSV file</source>
        <translation>JSONL、CSV 或 TSV 文件</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>提示词文件</translation>
    </message>
    <message>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>提示词集 (*.jsonl *.json *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>owner/dataset</source>
        <translation>所有者/数据集</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>first config</source>
        <translation>第一个配置</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation>至（不含）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>每行一个提示词</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Typed</source>
        <translation>手动输入(&amp;T)</translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation>提示词列</translation>
    </message>
    <message>
        <source>Optional: Summarise in one sentence: {{text}}</source>
        <translation>可选：用一句话总结：{{text}}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Requests in flight over all endpoints; a rate-limited endpoint slows down by itself</source>
        <translation>所有端点上同时进行的请求数；受速率限制的端点会自动放慢</translation>
    </message>
    <message>
        <source>Retries of a server error, dropped connection or timeout per request</source>
        <translation>每个请求在遇到服务器错误、连接中断或超时时的重试次数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>模板(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;System prompt</source>
        <translation>系统提示词(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>最大 Token 数(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>端点(&amp;N)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>C&amp;oncurrency</source>
        <translation>并发数(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>正在加载数据行…</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%Ln 个提示词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%Ln 个端点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>no own limit</source>
        <translation>无单独限制</translation>
    </message>
    <message>
        <source>Requests in flight to any one endpoint (a rate-limited endpoint lowers its own further)</source>
        <translation>对单个端点同时进行的请求数（被限流的端点会进一步降低自己的上限）</translation>
    </message>
    <message>
        <source>Concurrency per endpoint</source>
        <translation>每个端点的并发数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The longest one request may take, from sending it to its last byte</source>
        <translation>单个请求从发送到最后一个字节的最长时间</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Per endpoint</source>
        <translation>每个端点</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批处理</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>重新运行失败项</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批处理进度</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>批处理状态</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 ok · %4 failed · %5 retrying</source>
        <translation>%1 / %2 · %3 个成功 · %4 个失败 · %5 个重试中</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;U)</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already running</source>
        <translation>已有批处理正在运行</translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation>不存在批处理 %1</translation>
    </message>
    <message numerus="yes">
        <source>The batch needs %n endpoint(s)</source>
        <translation>
            <numerusform>该批处理需要 %Ln 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>Results could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>This batch is running in another HubLens process (pid %1); it can be resumed once that one stops</source>
        <translation>此批处理正在另一个 HubLens 进程中运行（PID %1）；该进程结束后即可继续</translation>
    </message>
    <message>
        <source>The batch&apos;s lock file could not be created next to the database</source>
        <translation>无法在数据库旁创建批处理的锁文件</translation>
    </message>
</context>
<context>
    <name>CandidateGridDialog</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare these</source>
        <translation>对比这些模型(&amp;C)</translation>
    </message>
    <message>
        <source>Candidate grid</source>
        <translation>候选对比表</translation>
    </message>
    <message>
        <source>Hide the rows where all models agree</source>
        <translation>隐藏所有模型都一致的行</translation>
    </message>
    <message>
        <source>No models on the candidate list yet — add models from Explore with Ctrl+Enter</source>
        <translation>候选列表中尚无模型 — 在“探索”页中按 Ctrl+Enter 即可添加模型</translation>
    </message>
    <message>
        <source>Fetch the metadata again (F5)</source>
        <translation>重新获取元数据（F5）</translation>
    </message>
    <message>
        <source>Open Compare with one column per model, on the Inference Providers router</source>
        <translation>打开“对比”页，每个模型一列，使用 Inference Providers 路由器</translation>
    </message>
    <message>
        <source>No models to compare</source>
        <translation>没有可对比的模型</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 models</source>
        <translation>正在加载… %1 / %2 个模型</translation>
    </message>
    <message>
        <source>%1 models · %2 rows differ</source>
        <translation>%1 个模型 · %2 行存在差异</translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation>%1 个无法加载</translation>
    </message>
    <message>
        <source>Offline: the grid shows cached values; the Status row gives their age</source>
        <translation>离线：表中显示的是缓存值；“状态”行显示其时效</translation>
    </message>
</context>
<context>
    <name>CandidateGridModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>受限访问</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Quantised sizes</source>
        <translation>量化版本大小</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>推理提供商</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>下载量（30 天）</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Whether the model&apos;s metadata loaded, and how old cached values are</source>
        <translation>模型元数据是否已加载，以及缓存值的时效</translation>
    </message>
    <message>
        <source>GGUF quantisations with their file sizes; otherwise the weights&apos; data types and size</source>
        <translation>GGUF 量化版本及其文件大小；若无，则显示权重的数据类型和大小</translation>
    </message>
    <message>
        <source>Inference providers serving the model (the Hub&apos;s mapping and the router&apos;s list)</source>
        <translation>托管该模型的推理提供商（Hub 的映射和路由器的列表）</translation>
    </message>
    <message>
        <source>%1: price per 1M input / output tokens (USD), from the Inference Providers router</source>
        <translation>%1：每百万输入 / 输出 Token 的价格（美元），来自 Inference Providers 路由器</translation>
    </message>
    <message>
        <source>The commit the metadata describes</source>
        <translation>元数据对应的提交</translation>
    </message>
    <message>
        <source>Not found (or private)</source>
        <translation>未找到（或为私有）</translation>
    </message>
    <message>
        <source>Gated: access not granted</source>
        <translation>受限访问：未获授权</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token 被拒绝</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Rate-limited: retry in %1 s</source>
        <translation>已触发速率限制：%1 秒后重试</translation>
    </message>
    <message>
        <source>Rate-limited: retry later</source>
        <translation>已触发速率限制：请稍后重试</translation>
    </message>
    <message>
        <source>Offline: never fetched</source>
        <translation>离线：从未获取</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Provider mapping</source>
        <translation>提供商映射</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Offline · cached %1</source>
        <translation>离线 · 来自缓存（%1）</translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation>来自缓存（%1）</translation>
    </message>
    <message>
        <source>Cached values fetched %1</source>
        <translation>缓存值获取于 %1</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>live, no price</source>
        <translation>在线，无价格</translation>
    </message>
    <message>
        <source>%1 serves %2 (%3)</source>
        <translation>%1 提供 %2（%3）</translation>
    </message>
    <message>
        <source>Input: $%1 per 1M tokens</source>
        <translation>输入：每百万 Token $%1</translation>
    </message>
    <message>
        <source>Output: $%1 per 1M tokens</source>
        <translation>输出：每百万 Token $%1</translation>
    </message>
    <message>
        <source>Context: %1 tokens</source>
        <translation>上下文：%1 个 Token</translation>
    </message>
    <message>
        <source>Throughput: %1 tokens/s</source>
        <translation>吞吐量：%1 Token/秒</translation>
    </message>
    <message>
        <source>First token: %1 ms</source>
        <translation>首个 Token：%1 毫秒</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>已列出</translation>
    </message>
    <message>
        <source>%1 lists %2 as %3 for %4 (%5); the router gives no price for it</source>
        <translation>%1 将 %2 列为 %3，用于 %4（%5）；路由器未给出其价格</translation>
    </message>
    <message>
        <source>%1 does not serve %2</source>
        <translation>%1 不提供 %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation>是（自动批准）</translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation>是（需人工审核）</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>，私有</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <source>%1 tokens (from the model&apos;s config)</source>
        <translation>%1 个 Token（来自模型配置）</translation>
    </message>
    <message>
        <source>%1 tokens (the longest a provider offers)</source>
        <translation>%1 个 Token（提供商提供的最长上下文）</translation>
    </message>
    <message>
        <source>Model type: %1</source>
        <translation>模型类型：%1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>无法加载文件列表：%1</translation>
    </message>
    <message>
        <source>%1: %2 bytes in %3</source>
        <translation>%1：%2 字节，位于 %3</translation>
    </message>
    <message>
        <source>No GGUF files; the safetensors weights take %1 bytes</source>
        <translation>没有 GGUF 文件；safetensors 权重占用 %1 字节</translation>
    </message>
    <message>
        <source>No GGUF or safetensors files</source>
        <translation>没有 GGUF 或 safetensors 文件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 live of %2</source>
        <translation>%1 / %2 在线</translation>
    </message>
    <message>
        <source>Router: %1</source>
        <translation>路由器：%1</translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation>过去 30 天下载 %1 次</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>%1 个点赞</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 %2
Added %3</source>
        <translation>%1 %2
添加于 %3</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>A candidate needs a repository id</source>
        <translation>候选项必须指定仓库 ID</translation>
    </message>
</context>
<context>
    <name>CandidatesDock</name>
    <message>
        <source>Candidates</source>
        <translation>候选列表</translation>
    </message>
    <message>
        <source>&amp;Remove from candidates</source>
        <translation>从候选列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>No candidates yet — add models from Explore with Ctrl+Enter</source>
        <translation>尚无候选项 — 在“探索”页中按 Ctrl+Enter 即可添加模型</translation>
    </message>
    <message>
        <source>&amp;Grid…</source>
        <translation>对比表(&amp;G)…</translation>
    </message>
    <message>
        <source>Compare the candidates&apos; metadata side by side (Ctrl+Shift+G)</source>
        <translation>并排对比候选项的元数据（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>Open Compare with the selected models, or all of them</source>
        <translation>用所选模型（或全部模型）打开“对比”页</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>将此图表保存为图像</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>The chart has not been laid out yet.</source>
        <translation>图表尚未完成布局。</translation>
    </message>
    <message>
        <source>Exported from HubLens</source>
        <translation>由 HubLens 导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name.</source>
        <translation>请选择 .png 或 .svg 文件名。</translation>
    </message>
</context>
<context>
    <name>ChatRun</name>
    <message>
        <source>The answer is larger than %1 MB; stopped reading it</source>
        <translation>回答超过 %1 MB，已停止读取</translation>
    </message>
    <message>
        <source>Connection failed (%1); retrying</source>
        <translation>连接失败（%1），正在重试</translation>
    </message>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation>
            <numerusform>流式响应停滞：%n 秒内未收到数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未收到回答</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the answer</source>
        <translation>回答过程中连接被关闭</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation>
            <numerusform>已触发速率限制，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting: the endpoint is loading the model (waited %1 of %2 s)</source>
        <translation>正在启动：端点正在加载模型（已等待 %1 秒，最长 %2 秒）</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation>
            <numerusform>等待 %n 秒后端点仍未启动完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not accept stream_options; retrying without it</source>
        <translation>服务器不接受 stream_options，正在去掉该参数后重试</translation>
    </message>
    <message>
        <source>Server error %1; retrying</source>
        <translation>服务器错误 %1，正在重试</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1（无错误信息）</translation>
    </message>
    <message>
        <source>The server answered with an empty body</source>
        <translation>服务器返回了空响应</translation>
    </message>
    <message>
        <source>The stream ended without a finish reason: the answer may be cut off</source>
        <translation>流式响应结束时未给出结束原因：回答可能不完整</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(error)</source>
        <translation>（错误）</translation>
    </message>
    <message>
        <source>$%1/$%2 per 1M</source>
        <translation>每百万 Token $%1/$%2</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>%1k 上下文</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>参数…</translation>
    </message>
    <message>
        <source>Override the shared parameters for this column</source>
        <translation>为此列单独设置参数，覆盖共享参数</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>移除列</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>The answer appears here</source>
        <translation>回答将显示在这里</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation>
            <numerusform>端点列出了 %Ln 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>正在等待首个 Token…</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation>
            <numerusform>推理过程（%Ln 个字符）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation>
            <numerusform>运行中 — %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed — HTTP %1: %2</source>
        <translation>失败 — HTTP %1：%2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Truncated: %1</source>
        <translation>已截断：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总耗时 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%Ln 个 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation>
            <numerusform>约 %Ln 个 Token（估算）</numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>Parameters for this column</source>
        <translation>此列的参数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 Token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>停止序列，用 | 分隔</translation>
    </message>
    <message>
        <source>Checked values replace the shared ones for this column only.</source>
        <translation>勾选的参数仅在此列中替代共享参数。</translation>
    </message>
    <message>
        <source>Parameters • custom</source>
        <translation>参数 • 自定义</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>the stop sequences field of a column&apos;s parameters</comment>
        <translation>停止序列</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 Token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>追问(&amp;F)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>系统提示词（可选）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Prompt — Ctrl+Enter runs it on every column; Ctrl+Shift+Enter continues each conversation</source>
        <translation>提示词 — Ctrl+Enter 在所有列中运行；Ctrl+Shift+Enter 在各列中继续对话</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>停止序列，用 | 分隔</translation>
    </message>
    <message>
        <source>Unchecked: not sent, the server&apos;s default applies</source>
        <translation>未勾选时不发送此参数，使用服务器默认值</translation>
    </message>
    <message>
        <source>Send this prompt as the next turn of every column&apos;s conversation</source>
        <translation>将此提示词作为各列对话的下一轮发送</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>停止所有列（Esc）</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one (Hugging Face Inference Providers, an Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) with “Endpoints…”, or let HubLens detect local servers.</source>
        <translation>尚无端点。请通过“端点…”添加（Hugging Face Inference Providers、Inference Endpoint、Ollama、llama.cpp、vLLM、LM Studio、TGI），或让 HubLens 检测本地服务器。</translation>
    </message>
    <message>
        <source>&amp;Endpoints…</source>
        <translation>端点(&amp;E)…</translation>
    </message>
    <message>
        <source>All columns finished; the runs are saved in the session</source>
        <translation>所有列均已完成，运行结果已保存到会话中</translation>
    </message>
    <message>
        <source>A run could not be saved</source>
        <translation>运行结果保存失败</translation>
    </message>
    <message>
        <source>Every column needs an endpoint</source>
        <translation>每一列都需要选择端点</translation>
    </message>
    <message>
        <source>Add endpoints with “Endpoints…”, or remove the empty column.</source>
        <translation>请通过“端点…”添加端点，或移除空列。</translation>
    </message>
    <message>
        <source>Column “%1” has no model</source>
        <translation>“%1”列未指定模型</translation>
    </message>
    <message>
        <source>Pick a model from the list or type its id.</source>
        <translation>请从列表中选择模型，或输入模型 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation>
            <numerusform>正在从 %n 列流式接收…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>会话：&lt;b&gt;%1&lt;/b&gt; — %Ln 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: a default session is created on the first run</source>
        <translation>会话：首次运行时将创建默认会话</translation>
    </message>
    <message>
        <source>&amp;Batch run…</source>
        <translation>批处理运行(&amp;B)…</translation>
    </message>
    <message>
        <source>Run a prompt set (a file, a Hub dataset or a typed list) against several endpoints</source>
        <translation>在多个端点上运行一组提示词（文件、Hub 数据集或手动输入的列表）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed</source>
        <translation>批处理已完成：%1 个成功，%2 个失败</translation>
    </message>
    <message>
        <source>Batch cancelled: %1 of %2 done; resume it later</source>
        <translation>批处理已取消：已完成 %1 / %2；可稍后继续</translation>
    </message>
    <message>
        <source>This session has an unfinished batch: %1 of %2 requests done. Resume it to send the rest; finished results are kept and never sent again.</source>
        <translation>此会话有一个未完成的批处理：已完成 %1 / %2 个请求。继续运行即可发送其余请求；已完成的结果会保留，不会再次发送。</translation>
    </message>
    <message>
        <source>A batch is already running</source>
        <translation>已有批处理正在运行</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>This session already has an unfinished batch: resume it, or start the new batch in another session</source>
        <translation>此会话已有一个未完成的批处理：请继续运行它，或在另一个会话中启动新的批处理</translation>
    </message>
    <message>
        <source>The batch could not be saved</source>
        <translation>无法保存批处理</translation>
    </message>
    <message>
        <source>The batch&apos;s endpoint %1 no longer exists; add it again to resume</source>
        <translation>批处理使用的端点 %1 已不存在；请重新添加该端点后再继续</translation>
    </message>
    <message>
        <source>The batch could not start</source>
        <translation>无法启动批处理</translation>
    </message>
    <message numerus="yes">
        <source>Batch running: %n request(s) to send</source>
        <translation>
            <numerusform>批处理运行中：还有 %Ln 个请求待发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>The run of %1 could not be saved: %2</source>
        <translation>无法保存 %1 的运行结果：%2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>CriteriaText</name>
    <message>
        <source>line %1: expected “metric op value”, such as “mean_rating &gt;= 4”</source>
        <translation>第 %1 行：应为“指标 运算符 数值”的形式，例如“mean_rating &gt;= 4”</translation>
    </message>
    <message>
        <source>line %1: cannot read “%2”; options are written key=value, such as baseline=gpt-4o</source>
        <translation>第 %1 行：无法读取“%2”；选项应写成 键=值 的形式，例如 baseline=gpt-4o</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Session:</source>
        <translation>会话(&amp;S)：</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an HTML page or a PDF to send</source>
        <translation>将整个仪表板保存为 HTML 页面或 PDF，以便发送</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选项</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>实力</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>平</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>负</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>两者都不好</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Mean rating (95 % CI)</source>
        <translation>平均评分（95% 置信区间）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation>共同条目</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行数</translation>
    </message>
    <message>
        <source>TTFT median</source>
        <translation>TTFT 中位数</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Total median</source>
        <translation>总耗时中位数</translation>
    </message>
    <message>
        <source>Total p90</source>
        <translation>总耗时 p90</translation>
    </message>
    <message>
        <source>Total p95</source>
        <translation>总耗时 p95</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/秒</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>$ / 1k output</source>
        <translation>$ / 1k 输出 Token</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功标准</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>评审人间一致性</translation>
    </message>
    <message>
        <source>Latency, throughput and cost</source>
        <translation>延迟、吞吐量和成本</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
    <message>
        <source>No session yet — run prompts in Compare, then judge them in Review.</source>
        <translation>尚无会话 — 请在“对比”页中运行提示词，然后在“评审”页中进行评审。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%Ln 条评审结果</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>No runs in this session yet — run prompts in Compare or a batch, then judge them in Review.</source>
        <translation>此会话中尚无运行 — 请在“对比”页中或以批处理方式运行提示词，然后在“评审”页中进行评审。</translation>
    </message>
    <message>
        <source>Strength (points, 95 % CI)</source>
        <translation>实力（分，95% 置信区间）</translation>
    </message>
    <message>
        <source>Bradley–Terry strength on an Elo-like scale: 1000 is the average candidate, 400 points mean 10:1 odds</source>
        <translation>Elo 式标度上的 Bradley–Terry 实力：1000 为平均候选项，相差 400 分表示 10:1 的胜算</translation>
    </message>
    <message>
        <source>%1: %2 points (95 % CI %3–%4)
%5 wins, %6 ties, %7 losses · Elo %8</source>
        <translation>%1：%2 分（95% 置信区间 %3–%4）
%5 胜，%6 平，%7 负 · Elo %8</translation>
    </message>
    <message>
        <source>No ranking yet: judge pairs of outputs in Review (pairwise or rank all)</source>
        <translation>尚无排名：请在“评审”页中评审成对的输出（成对比较或全部排序）</translation>
    </message>
    <message>
        <source>%1 and %2 are level within their 95 % intervals (%3 vs %4 points)</source>
        <translation>%1 与 %2 在 95% 区间内不相上下（%3 分对 %4 分）</translation>
    </message>
    <message>
        <source>%1 leads: %2 win rate, %3 points (95 % CI %4–%5)</source>
        <translation>%1 领先：胜率 %2，%3 分（95% 置信区间 %4–%5）</translation>
    </message>
    <message>
        <source>Win rate between every pair: no pairwise judgments yet</source>
        <translation>两两之间的胜率：尚无成对比较</translation>
    </message>
    <message>
        <source>Win rate between every pair (row against column)</source>
        <translation>两两之间的胜率（行对列）</translation>
    </message>
    <message>
        <source>%1: median %2 ms, quartiles %3–%4 ms, whiskers %5–%6 ms
%7 runs, %8 outliers</source>
        <translation>%1：中位数 %2 毫秒，四分位数 %3–%4 毫秒，须线 %5–%6 毫秒
%7 次运行，%8 个离群值</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首个 Token 时间（毫秒）</translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation>总耗时（毫秒）</translation>
    </message>
    <message>
        <source>Time to first token: no successful runs yet</source>
        <translation>首个 Token 时间：尚无成功的运行</translation>
    </message>
    <message>
        <source>Total time: no successful runs yet</source>
        <translation>总耗时：尚无成功的运行</translation>
    </message>
    <message>
        <source>Fastest first token: %1 (median %2 ms)</source>
        <translation>首个 Token 最快：%1（中位数 %2 毫秒）</translation>
    </message>
    <message>
        <source>Fastest answer: %1 (median %2 ms in all)</source>
        <translation>回答最快：%1（总耗时中位数 %2 毫秒）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tokens/s (median of %n run(s))</source>
        <translation>
            <numerusform>%1：%2 Token/秒（%Ln 次运行的中位数）</numerusform>
        </translation>
    </message>
    <message>
        <source>Output tokens per second (median)</source>
        <translation>每秒输出 Token 数（中位数）</translation>
    </message>
    <message>
        <source>Throughput: no measurements yet</source>
        <translation>吞吐量：尚无测量数据</translation>
    </message>
    <message>
        <source>Highest throughput: %1 (%2 tokens/s median)</source>
        <translation>吞吐量最高：%1（中位数 %2 Token/秒）</translation>
    </message>
    <message numerus="yes">
        <source>%1 rated %2: %n time(s)</source>
        <translation>
            <numerusform>%1 评为 %2 分：%Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>评审数</translation>
    </message>
    <message>
        <source>Ratings: none yet (rate single outputs in Review)</source>
        <translation>评分：尚无（请在“评审”页中为单个输出评分）</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2 (95 % CI %3–%4)</source>
        <translation>评分最高：%1，平均 %2（95% 置信区间 %3–%4）</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2</source>
        <translation>评分最高：%1，平均 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 labelled “%2”: %n time(s)</source>
        <translation>
            <numerusform>%1 被标记为“%2”：%Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: none used yet</source>
        <translation>标签：尚未使用</translation>
    </message>
    <message numerus="yes">
        <source>Most used label: “%1” (%n time(s))</source>
        <translation>
            <numerusform>最常用的标签：“%1”（%Ln 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3), n = %4</source>
        <translation>%1 (%2–%3), n = %4</translation>
    </message>
    <message>
        <source>%1, n = %2</source>
        <translation>%1, n = %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n rating(s), judgment(s) or run(s)</source>
        <translation>
            <numerusform>根据 %Ln 条评分、评审结果或运行计算得出</numerusform>
        </translation>
    </message>
    <message>
        <source>Success criteria: none set (add them on the Sessions page)</source>
        <translation>成功标准：未设置（请在“会话”页中添加）</translation>
    </message>
    <message>
        <source>Success criteria: %1 of %2 met</source>
        <translation>成功标准：已满足 %1 / %2 项</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Pairwise outcomes</source>
        <translation>成对比较结果</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappa 系数</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss kappa 系数</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>Krippendorff alpha 系数（有序）</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation>Krippendorff alpha 系数（名义）</translation>
    </message>
    <message>
        <source>Agreement between reviewers: needs two or more reviewers judging the same items</source>
        <translation>评审人间一致性：需要两名或更多评审人评审相同的条目</translation>
    </message>
    <message>
        <source>Agreement between reviewers (kappa after Landis &amp; Koch, alpha after Krippendorff)</source>
        <translation>评审人间一致性（kappa 按 Landis &amp; Koch 解读，alpha 按 Krippendorff 解读）</translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation>不存在名为 %1 的图表。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML 页面 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>已将报告保存到 %1</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation>正在计算仪表板…</translation>
    </message>
    <message>
        <source>The dashboard could not be updated from the session database.</source>
        <translation>无法根据会话数据库更新仪表板。</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation>无法计算仪表板。</translation>
    </message>
    <message>
        <source>%1 (95 % CI)</source>
        <translation>%1（95% 置信区间）</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence</source>
        <translation>
            <numerusform>%1 领先（%2 分对 %3 分），但仅有 %Ln 个提示词，不足以得出可靠结论</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Loading subsets and splits…</source>
        <translation>正在加载子集和划分…</translation>
    </message>
    <message>
        <source>The dataset viewer has no preview for this dataset: %1</source>
        <translation>数据集查看器无法预览此数据集：%1</translation>
    </message>
    <message>
        <source>No splits are available.</source>
        <translation>没有可用的划分。</translation>
    </message>
    <message>
        <source>%1 rows in all subsets · %2 of Parquet files</source>
        <translation>所有子集共 %1 行 · Parquet 文件共 %2</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>正在加载数据行…</translation>
    </message>
    <message>
        <source>Loading rows of %1…</source>
        <translation>正在加载 %1 的数据行…</translation>
    </message>
    <message>
        <source>Could not load rows: %1</source>
        <translation>无法加载数据行：%1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>第 %1–%2 行，共 %3 行</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
</context>
<context>
    <name>DvRowsModel</name>
    <message>
        <source>[image %1×%2]</source>
        <translation>[图像 %1×%2]</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>[audio]</source>
        <translation>[音频]</translation>
    </message>
    <message>
        <source> [truncated by the server]</source>
        <translation> [已被服务器截断]</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face Token</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The environment variable %1, which holds the key of %2, is not set</source>
        <translation>未设置环境变量 %1（用于存放 %2 的密钥）</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1)</source>
        <translation>服务器拒绝了该密钥（HTTP %1）</translation>
    </message>
    <message>
        <source>The server needs a key (HTTP %1)</source>
        <translation>服务器要求提供密钥（HTTP %1）</translation>
    </message>
    <message>
        <source>Reachable, but listing models failed with HTTP %1</source>
        <translation>连接正常，但列出模型时返回 HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation>
            <numerusform>连接正常，有 %Ln 个可用模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, but the model list could not be read: %1</source>
        <translation>连接正常，但无法读取模型列表：%1</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>“%1” is not a valid endpoint name: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (up to 64)</source>
        <translation>“%1”不是有效的端点名称：只能使用字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;（最多 64 个字符）</translation>
    </message>
    <message>
        <source>Endpoint %1: %2</source>
        <translation>端点 %1：%2</translation>
    </message>
    <message>
        <source>Endpoint %1: the timeouts must be positive</source>
        <translation>端点 %1：超时时间必须为正数</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists</source>
        <translation>已存在名为“%1”的端点</translation>
    </message>
    <message>
        <source>No endpoint with id %1</source>
        <translation>不存在 ID 为 %1 的端点</translation>
    </message>
    <message>
        <source>No endpoint named “%1”</source>
        <translation>不存在名为“%1”的端点</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Hugging Face Inference Providers</source>
        <translation>Hugging Face Inference Providers</translation>
    </message>
    <message>
        <source>Hugging Face Inference Endpoint</source>
        <translation>Hugging Face Inference Endpoint</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>Text Generation Inference</source>
        <translation>Text Generation Inference</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Not a valid URL</source>
        <translation>无效的 URL</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the URL: URLs are stored and shown in plain text</source>
        <translation>请将 API 密钥填入密钥字段，不要写在 URL 中：URL 会以明文保存和显示</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detect local servers</source>
        <translation>检测本地服务器(&amp;D)</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation>https://… 或 http://127.0.0.1:端口</translation>
    </message>
    <message>
        <source>e.g. meta-llama/Llama-3.1-8B-Instruct or llama3.2</source>
        <translation>例如 meta-llama/Llama-3.1-8B-Instruct 或 llama3.2</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>保存在系统密钥环中；留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>or the name of an environment variable holding it</source>
        <translation>或填写存放密钥的环境变量名</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>默认模型(&amp;M)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Key from &amp;variable</source>
        <translation>从变量读取密钥(&amp;V)</translation>
    </message>
    <message>
        <source>in /</source>
        <translation>输入 /</translation>
    </message>
    <message>
        <source>out per 1M tokens</source>
        <translation>输出（每百万 Token）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Wait for a cold start</source>
        <translation>冷启动等待</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>停滞超时</translation>
    </message>
    <message>
        <source>Hugging Face endpoints use your Hugging Face token (Settings), sent only to Hugging Face hosts</source>
        <translation>Hugging Face 端点使用你在“设置”中配置的 Hugging Face Token，该 Token 仅发送给 Hugging Face 的主机</translation>
    </message>
    <message>
        <source>Saved, but the key could not be stored: %1</source>
        <translation>已保存，但无法存储密钥：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Removed %1; its past runs keep its name</source>
        <translation>已删除 %1；其历史运行记录仍保留该名称</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Looking for local servers on 127.0.0.1…</source>
        <translation>正在 127.0.0.1 上查找本地服务器…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation>
            <numerusform>%1（%2）— %Ln 个模型；双击即可添加</numerusform>
        </translation>
    </message>
    <message>
        <source>No local inference server answered (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</source>
        <translation>没有本地推理服务器响应（Ollama 11434、llama.cpp 8080/9931、LM Studio 1234、vLLM 8000、TGI 3000）。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation>
            <numerusform>找到 %n 个服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Search the Hub (/ or Ctrl+F)</source>
        <translation>搜索 Hub（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>热门</translation>
    </message>
    <message>
        <source>Most downloads</source>
        <translation>下载最多</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>点赞最多</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Recently created</source>
        <translation>最近创建</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Loading datasets…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Any task</source>
        <translation>不限任务</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Any library</source>
        <translation>不限库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>不限语言</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>不限许可证</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Gated or not</source>
        <translation>不限访问权限</translation>
    </message>
    <message>
        <source>Not gated</source>
        <translation>无访问限制</translation>
    </message>
    <message>
        <source>Gated only</source>
        <translation>仅受限访问</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>推理提供商</translation>
    </message>
    <message>
        <source>Any serving</source>
        <translation>不限提供商</translation>
    </message>
    <message>
        <source>Served by a provider</source>
        <translation>由提供商托管</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>不限参数量</translation>
    </message>
    <message>
        <source>&lt; 1B</source>
        <translation>&lt; 1B</translation>
    </message>
    <message>
        <source>1B – 8B</source>
        <translation>1B – 8B</translation>
    </message>
    <message>
        <source>8B – 32B</source>
        <translation>8B – 32B</translation>
    </message>
    <message>
        <source>32B – 128B</source>
        <translation>32B – 128B</translation>
    </message>
    <message>
        <source>&gt; 128B</source>
        <translation>&gt; 128B</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>不限类别</translation>
    </message>
    <message>
        <source>No results. Try fewer filters or another search.</source>
        <translation>没有结果。请减少筛选条件或换个关键词搜索。</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation>
            <numerusform>已加载 %Ln 个数据集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>已加载 %Ln 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source> · more available</source>
        <translation> · 还有更多</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · 已全部加载</translation>
    </message>
    <message>
        <source> · cached %1</source>
        <translation> · 来自缓存（%1）</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE). Showing cached results from %1.</source>
        <translation>离线模式（HF_HUB_OFFLINE）。当前显示的是缓存结果（%1）。</translation>
    </message>
    <message>
        <source>The Hub could not be reached (%1). Showing cached results from %2.</source>
        <translation>无法连接 Hub（%1）。当前显示的是缓存结果（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation>
            <numerusform>已达到 Hub 的速率限制，将在 %n 秒后重置；使用 Token 登录可获得更高的限额。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached. Try again in a few minutes; sign in with a token for higher limits.</source>
        <translation>已达到 Hub 的速率限制，请几分钟后重试；使用 Token 登录可获得更高的限额。</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE) and these results were never loaded before.</source>
        <translation>离线模式（HF_HUB_OFFLINE），且这些结果此前从未加载过。</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1. Check your connection.</source>
        <translation>无法连接 Hub：%1。请检查网络连接。</translation>
    </message>
    <message>
        <source>Your Hugging Face token was rejected. Update it in Settings.</source>
        <translation>你的 Hugging Face Token 被拒绝，请在“设置”中更新。</translation>
    </message>
    <message>
        <source>The Hub had a problem (%1). Try again in a moment.</source>
        <translation>Hub 出现问题（%1），请稍后重试。</translation>
    </message>
    <message>
        <source>The Hub did not accept this search: %1</source>
        <translation>Hub 不接受此搜索请求：%1</translation>
    </message>
    <message>
        <source>Could not load results: %1</source>
        <translation>无法加载结果：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Added %1 to the candidates</source>
        <translation>已将 %1 加入候选列表</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>%1 vs %2: not compared yet</source>
        <translation>%1 对 %2：尚未比较</translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3
%4 wins, %5 ties, %6 losses</source>
        <translation>%1 对 %2：胜率 %3
%4 胜，%5 平，%6 负</translation>
    </message>
    <message>
        <source>No pairwise judgments yet</source>
        <translation>尚无成对比较</translation>
    </message>
</context>
<context>
    <name>JudgmentStore</name>
    <message>
        <source>A judgment needs a reviewer name</source>
        <translation>评审结果需要评审人姓名</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>不存在运行 %1</translation>
    </message>
    <message>
        <source>A pairwise judgment needs two different runs</source>
        <translation>成对比较需要两个不同的运行</translation>
    </message>
    <message>
        <source>There is no run %1 or no run %2</source>
        <translation>运行 %1 或运行 %2 不存在</translation>
    </message>
    <message>
        <source>Runs %1 and %2 answer different prompts</source>
        <translation>运行 %1 和 %2 回答的是不同的提示词</translation>
    </message>
    <message>
        <source>A decision needs some text</source>
        <translation>决定需要填写内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HubLens</source>
        <translation>HubLens</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候选列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HubLens</source>
        <translation>关于 HubLens(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Candidate &amp;grid…</source>
        <translation>候选对比表(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message>
        <source>Add to candidates</source>
        <translation>加入候选列表</translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation>在 Hub 上打开</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider&apos;s model id</source>
        <translation>提供商模型 ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>量化类型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Select a repository to see its card, metadata and files.</source>
        <translation>选择一个仓库，即可查看其卡片、元数据和文件。</translation>
    </message>
    <message>
        <source>Add this model to the candidate list (Ctrl+Enter)</source>
        <translation>将此模型加入候选列表（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>推理提供商</translation>
    </message>
    <message>
        <source>Evaluation results (model-index)</source>
        <translation>评估结果（model-index）</translation>
    </message>
    <message>
        <source>GGUF quantisations</source>
        <translation>GGUF 量化版本</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Loading the card…</source>
        <translation>正在加载卡片…</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>正在加载文件…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>This repository has no card (README.md).</source>
        <translation>此仓库没有卡片（README.md）。</translation>
    </message>
    <message>
        <source>The card could not be loaded: %1</source>
        <translation>无法加载卡片：%1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>无法加载文件列表：%1</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation>HTTP %1 · %2</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>🔒 Gated (%1)</source>
        <translation>🔒 受限访问（%1）</translation>
    </message>
    <message>
        <source>manual approval</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动批准</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation>
            <numerusform>由 %n 个提供商托管</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>受限访问</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, manual approval</source>
        <translation>是，需人工审核</translation>
    </message>
    <message>
        <source>Yes, automatic approval</source>
        <translation>是，自动批准</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Task categories</source>
        <translation>任务类别</translation>
    </message>
    <message>
        <source>Size category</source>
        <translation>规模类别</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>下载量（30 天）</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%Ln 个文件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>RepoListModel</name>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Task category</source>
        <translation>任务类别</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Saved: A is better</source>
        <translation>已保存：A 更好</translation>
    </message>
    <message>
        <source>Saved: B is better</source>
        <translation>已保存：B 更好</translation>
    </message>
    <message>
        <source>Saved: a tie</source>
        <translation>已保存：平局</translation>
    </message>
    <message>
        <source>Saved: both are bad</source>
        <translation>已保存：两者都不好</translation>
    </message>
    <message>
        <source>Ratings in this session go from %1 to %2</source>
        <translation>此会话的评分范围为 %1 到 %2</translation>
    </message>
    <message>
        <source>Saved: rated %1</source>
        <translation>已保存：评分 %1</translation>
    </message>
    <message>
        <source>Saved: rated %1 (%2)</source>
        <translation>已保存：评分 %1（%2）</translation>
    </message>
    <message>
        <source>“%1” is not one of this session’s labels: %2</source>
        <translation>“%1”不是此会话的标签之一：%2</translation>
    </message>
    <message>
        <source>Saved: no labels</source>
        <translation>已保存：无标签</translation>
    </message>
    <message>
        <source>Saved: labels %1</source>
        <translation>已保存：标签 %1</translation>
    </message>
    <message>
        <source>Saved: note removed</source>
        <translation>已保存：备注已删除</translation>
    </message>
    <message>
        <source>Saved: note</source>
        <translation>已保存：备注</translation>
    </message>
    <message>
        <source>Saved: flagged</source>
        <translation>已保存：已标记</translation>
    </message>
    <message>
        <source>Saved: flag removed</source>
        <translation>已保存：已取消标记</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <translation>排名第 %1（共 %2 个）</translation>
    </message>
    <message>
        <source>Saved: ranked %1</source>
        <translation>已保存：排序 %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总耗时 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln 个 Token</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>盲评(&amp;B)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation>U  撤销</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Single output</source>
        <translation>单个输出</translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation>成对比较</translation>
    </message>
    <message>
        <source>Rank all</source>
        <translation>全部排序</translation>
    </message>
    <message>
        <source>Hide endpoints and models and shuffle positions until you have judged the item</source>
        <translation>在你评审完该条目之前，隐藏端点和模型并打乱位置</translation>
    </message>
    <message>
        <source>Change the name your judgments are saved under</source>
        <translation>更改保存评审结果时使用的名称</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>评审进度</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>会话(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>评审人姓名</translation>
    </message>
    <message>
        <source>Who is reviewing? Your name is saved with every judgment you make, and you get your own queue; nobody else&apos;s judgments are changed.</source>
        <translation>谁在评审？你的姓名会随你的每条评审结果一起保存，你也会拥有自己的队列；他人的评审结果不会被更改。</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>开始评审</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>L  labels, comma-separated</source>
        <translation>L  标签，用英文逗号分隔</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>N  note</source>
        <translation>N  备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Flag this output for a closer look (counts as judged)</source>
        <translation>标记此输出以便进一步查看（计为已评审）</translation>
    </message>
    <message>
        <source>A  left is better</source>
        <translation>A  左侧更好</translation>
    </message>
    <message>
        <source>B  right is better</source>
        <translation>B  右侧更好</translation>
    </message>
    <message>
        <source>T  tie</source>
        <translation>T  平局</translation>
    </message>
    <message>
        <source>X  both bad</source>
        <translation>X  两者都不好</translation>
    </message>
    <message>
        <source>N  reason (optional)</source>
        <translation>N  理由（可选）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Press the letters from best to worst; Backspace starts again.</source>
        <translation>按从好到差的顺序按下字母；按 Backspace 重新开始。</translation>
    </message>
    <message>
        <source>K  Previous</source>
        <translation>K  上一个</translation>
    </message>
    <message>
        <source>J  Next</source>
        <translation>J  下一个</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一步操作</translation>
    </message>
    <message>
        <source>Reviewer: not chosen</source>
        <translation>评审人：未选择</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>评审人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>评为 %1 分</translation>
    </message>
    <message>
        <source>This session&apos;s labels: %1</source>
        <translation>此会话的标签：%1</translation>
    </message>
    <message>
        <source>Any labels, separated by commas</source>
        <translation>任意标签，用英文逗号分隔</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>回答 %1</translation>
    </message>
    <message>
        <source>Choose your reviewer name above to start.</source>
        <translation>请先在上方选择你的评审人姓名。</translation>
    </message>
    <message>
        <source>No sessions yet. Run prompts in Compare: every run is saved in a session, ready for review here.</source>
        <translation>尚无会话。请在“对比”页中运行提示词：每次运行都会保存到会话中，可在此处评审。</translation>
    </message>
    <message>
        <source>Nothing to compare in this session yet: pairwise and ranked review need at least two outputs of the same prompt. Run a prompt against several endpoints in Compare.</source>
        <translation>此会话中尚无可对比的内容：成对比较和排序评审至少需要同一提示词的两个输出。请在“对比”页中用多个端点运行同一提示词。</translation>
    </message>
    <message>
        <source>Nothing to review in this session yet. Run prompts in Compare.</source>
        <translation>此会话中尚无可评审的内容。请在“对比”页中运行提示词。</translation>
    </message>
    <message>
        <source>System: %1

%2</source>
        <translation>系统：%1

%2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ This output names its maker (“%1”): blindness may be broken.</source>
        <translation>⚠ 此输出提到了其开发方（“%1”）：盲评可能已失效。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>%1  pick next</source>
        <translation>%1  选为下一名</translation>
    </message>
    <message>
        <source>Ranked: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>You have judged %1 of the %2 items in your queue</source>
        <translation>你已评审队列中 %2 个条目中的 %1 个</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Default session</source>
        <translation>默认会话</translation>
    </message>
    <message>
        <source>A session needs a name</source>
        <translation>会话名称不能为空</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it or choose another name</source>
        <translation>“%1”在回收站中：请恢复它或换一个名称</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>不存在会话 %1</translation>
    </message>
    <message>
        <source>There is already a session named “%1”</source>
        <translation>已存在名为“%1”的会话</translation>
    </message>
    <message>
        <source>The session “%1” could not be created</source>
        <translation>无法创建会话“%1”</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); delete it and save the secrets again</source>
        <translation>密钥文件 %1 已损坏（不是 JSON 对象）；请删除该文件，然后重新保存密钥</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>无法限制 %1 的访问权限</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Deleted for good on %1 unless restored</source>
        <translation>除非恢复，否则将于 %1 永久删除</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词数</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行数</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>评审数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>创建副本(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>永久删除(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>评审(&amp;V)</translation>
    </message>
    <message>
        <source>Continue in &amp;Compare</source>
        <translation>在“对比”中继续(&amp;C)</translation>
    </message>
    <message>
        <source>Search prompts, outputs, notes and reasons</source>
        <translation>搜索提示词、输出、备注和理由</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>活动会话</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>活动和已归档</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Save the session as JSONL (every run with its prompt and judgments), CSV (for spreadsheets) or a bundle (an SQLite file another reviewer can import)</source>
        <translation>将会话保存为 JSONL（每次运行及其提示词和评审结果）、CSV（用于电子表格）或数据包（可供其他评审人导入的 SQLite 文件）</translation>
    </message>
    <message>
        <source>Merge a JSONL export or a bundle: another reviewer&apos;s judgments are added, nothing is duplicated</source>
        <translation>合并 JSONL 导出文件或数据包：添加其他评审人的评审结果，不会产生重复</translation>
    </message>
    <message>
        <source>What is this evaluation for? (e.g. pick a summariser for support tickets)</source>
        <translation>此次评估的目的是什么？（例如：为支持工单挑选摘要模型）</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>最高评分</translation>
    </message>
    <message>
        <source>e.g. unusable | poor | fair | good | excellent</source>
        <translation>例如 不可用 | 差 | 一般 | 好 | 优秀</translation>
    </message>
    <message>
        <source>e.g. hallucination, off-topic, too long (empty: any label)</source>
        <translation>例如 幻觉, 跑题, 过长（留空：任意标签）</translation>
    </message>
    <message>
        <source>One per line, e.g.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</source>
        <translation>每行一条，例如
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</translation>
    </message>
    <message>
        <source>Success criteria results</source>
        <translation>成功标准结果</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>评分范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>评分锚点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation>成功标准(&amp;C)：</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>决定记录</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>做出了什么决定，原因是什么</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新决定</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>重命名会话</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>创建会话副本</translation>
    </message>
    <message>
        <source>Name of the copy (its prompts and runs are copied; judgments are not):</source>
        <translation>副本名称（会复制提示词和运行，不复制评审结果）：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>HubLens bundle (*.hublens)</source>
        <translation>HubLens 数据包 (*.hublens)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>HubLens exports (*.jsonl *.hublens);;All files (*)</source>
        <translation>HubLens 导出文件 (*.jsonl *.hublens);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除“%1”及其 %Ln 次运行和所有评审结果吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation>会话已恢复</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>A session needs a name.</source>
        <translation>会话名称不能为空。</translation>
    </message>
    <message>
        <source>There is already a session named “%1” (it may be in the trash).</source>
        <translation>已存在名为“%1”的会话（它可能在回收站中）。</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>无法创建会话：%1</translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <translation>已创建会话“%1”</translation>
    </message>
    <message>
        <source>Session duplicated</source>
        <translation>已创建会话副本</translation>
    </message>
    <message>
        <source>Session taken out of the archive</source>
        <translation>会话已取消归档</translation>
    </message>
    <message>
        <source>Session archived</source>
        <translation>会话已归档</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. It is deleted for good after 30 days unless you restore it.</source>
        <translation>“%1”已移至回收站。除非你将其恢复，否则它将在 30 天后被永久删除。</translation>
    </message>
    <message>
        <source>Session deleted for good</source>
        <translation>会话已永久删除</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>无法保存决定：%1</translation>
    </message>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation>“%2”中的%1：%3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>No sessions here</source>
        <translation>此处没有会话</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Every run you make in Compare is saved in a session. Create one with New…, or run a prompt in Compare to start the default session.</source>
        <translation>在“对比”页中的每次运行都会保存到会话中。可通过“新建…”创建会话，或在“对比”页中运行提示词以开始默认会话。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 · %Ln prompt(s)</source>
        <translation>
            <numerusform>创建于 %1 · %Ln 个提示词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln run(s)</source>
        <translation>
            <numerusform> · %Ln 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source> · no judgments yet</source>
        <translation> · 尚无评审结果</translation>
    </message>
    <message>
        <source> · judged by %1</source>
        <translation> · 评审人：%1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest.</source>
        <translation>最高评分必须大于最低评分。</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Session settings saved</source>
        <translation>会话设置已保存</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>How many ratings, pairwise judgments or runs the value is computed from</source>
        <translation>计算该数值所依据的评分、成对比较或运行的数量</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>“%1” could not be exported: %2</source>
        <translation>无法导出“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>%1 holds nothing new: everything in it is already here.</source>
        <translation>%1 中没有新内容：其中的所有内容都已存在。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %Ln run(s) added</source>
        <translation>
            <numerusform>已将 %1 导入 %2：新增 %Ln 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln judgment(s) added</source>
        <translation>
            <numerusform>，新增 %Ln 条评审结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln updated.</source>
        <translation>
            <numerusform>，更新 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Charts, rankings with confidence intervals, and the criteria for this session</source>
        <translation>此会话的图表、带置信区间的排名以及成功标准</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Hugging Face Hub</source>
        <translation>Hugging Face Hub</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问 Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>显示访问 Token</translation>
    </message>
    <message>
        <source>Remove saved token</source>
        <translation>删除已保存的 Token</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问 Token(&amp;T)：</translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation>Hub 端点</translation>
    </message>
    <message>
        <source>Hub &amp;endpoint:</source>
        <translation>Hub 端点(&amp;E)：</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment (%1) and takes precedence.</source>
        <translation>已设置环境变量 HF_ENDPOINT（%1），将优先使用该值。</translation>
    </message>
    <message>
        <source>Dataset viewer endpoint</source>
        <translation>数据集查看器端点</translation>
    </message>
    <message>
        <source>&amp;Dataset viewer:</source>
        <translation>数据集查看器(&amp;D)：</translation>
    </message>
    <message>
        <source>HUBLENS_DATASETS_SERVER is set in the environment (%1) and takes precedence.</source>
        <translation>已设置环境变量 HUBLENS_DATASETS_SERVER（%1），将优先使用该值。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>To use another folder, set HUBLENS_DATA_DIR and restart HubLens.</source>
        <translation>如需使用其他文件夹，请设置 HUBLENS_DATA_DIR 并重启 HubLens。</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>响应缓存大小</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>清除缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>清除响应缓存</translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation>响应缓存：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time HubLens starts.</source>
        <translation>新语言将在下次启动 HubLens 时生效。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Checking for a saved token…</source>
        <translation>正在检查已保存的 Token…</translation>
    </message>
    <message>
        <source>The saved token cannot be read: %1</source>
        <translation>无法读取已保存的 Token：%1</translation>
    </message>
    <message>
        <source>%1 is set in the environment and takes precedence over the saved token.</source>
        <translation>已设置环境变量 %1，将优先于已保存的 Token 使用。</translation>
    </message>
    <message>
        <source>The token in %1 takes precedence over the saved token.</source>
        <translation>%1 中的 Token 将优先于已保存的 Token 使用。</translation>
    </message>
    <message>
        <source>Saved tokens are kept in the system keychain.</source>
        <translation>已保存的 Token 存放在系统密钥环中。</translation>
    </message>
    <message>
        <source>No system keychain is available: saved tokens are kept in a file readable only by you: %1</source>
        <translation>系统密钥环不可用：已保存的 Token 存放在仅你本人可读的文件中：%1</translation>
    </message>
    <message>
        <source>A token is saved. Type a new one to replace it.</source>
        <translation>已保存 Token。输入新的 Token 即可替换。</translation>
    </message>
    <message>
        <source>No token is saved. Without one, gated and private repositories are out of reach and rate limits are lower.</source>
        <translation>未保存 Token。没有 Token 时无法访问受限访问仓库和私有仓库，且速率限制更严格。</translation>
    </message>
    <message>
        <source>The %1 must be an http:// or https:// address with a host name, such as %2.</source>
        <translation>%1必须是包含主机名的 http:// 或 https:// 地址，例如 %2。</translation>
    </message>
    <message>
        <source>dataset viewer endpoint</source>
        <translation>数据集查看器端点</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>正在保存 Token…</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>无法保存 Token：%1</translation>
    </message>
    <message>
        <source>The saved token could not be removed: %1</source>
        <translation>无法删除已保存的 Token：%1</translation>
    </message>
    <message>
        <source>Unavailable (the cache database could not be opened)</source>
        <translation>不可用（无法打开缓存数据库）</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>The cache could not be cleared; see the log for details.</source>
        <translation>无法清除缓存，详情请查看日志。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n response(s)</source>
        <translation>
            <numerusform>%Ln 条响应，共 %1</numerusform>
        </translation>
    </message>
</context>
</TS>
