"""Debris inside sentences: runs left by a wrong decoding, anti-copy symbol runs, decorative
symbols and gambling-spam brand names injected into the text."""
from __future__ import annotations

import re

from .context import Context

CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# What a mis-decoded run leaves around its Chinese-looking characters: ASCII letters and symbols.
ASCII_DEBRIS = re.compile(r"[A-Za-z!;|%$\]\[{}^`~]")
STOP = set("，。；：、“”‘’（）()《》【】 \t,.:")
# Forum and document-site anti-copy runs: one- or two-character ASCII tokens between spaces (/ z3 d0 `4 `# Z!).
ANTI_COPY_HINT_RE = re.compile(r"[!-~][!-~]? (?:[!-~]{1,2} ){4}")  # cheap first test: five spaced pieces at all
# (its last piece glued to the text takes no digit of a number behind it: _. k30多年来 keeps 30多年来)
LAST_PIECE = r"(?:[!-~]{2}(?![0-9])|[!-~](?=[0-9])|[!-~]{0,2})"
ANTI_COPY_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\u4e00-\u9fff，。]))(?:[!-~]{1,2} ){5,}" + LAST_PIECE)
# The same runs with a double space here and there (. ~  Y9 o) c! j) n…, f4 l5 v4 q  d, b$ C, X3 D), as a page
# that spaced its hidden pieces unevenly leaves them: ANTI_COPY_RE wants one space between every two pieces.
# A double space also parts numbers in a table (12  34  56), so a run is taken only when it holds two
# pieces that mix a letter with a digit or a symbol (Y9, o), b$): no table's cell and no word is so.
ANTI_COPY_LOOSE_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\u4e00-\u9fff，。]))(?:[!-~]{1,2} {1,2}){5,}" + LAST_PIECE)
ANTI_COPY_LOOSE_HINT_RE = re.compile(r"[!-~][!-~]? {1,2}(?:[!-~]{1,2} {1,2}){4}")
MIXED_PIECE_RE = re.compile(r"(?<![!-~])(?:[A-Za-z][^A-Za-z\s]|[^A-Za-z\s][A-Za-z])(?![!-~])")


# A short run of the same pieces closing a line after its Chinese (…言之有物； v! |3 Y* i: F): four pieces or more, two of
# them letters mixed with marks, where the longer runs above need five.
ANTI_COPY_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff，。；：！？、])\s*(?:[!-~]{1,2} ){3,}[!-~]{1,2}$")


def strip_anti_copy_tail(line: str) -> str:
    m = ANTI_COPY_TAIL_RE.search(line)
    return line[: m.start()] if m and len(MIXED_PIECE_RE.findall(m.group(0))) >= 2 else line


def strip_loose_anti_copy(line: str) -> str:
    """Remove anti-copy runs spaced unevenly (ANTI_COPY_LOOSE_RE) that hold two mixed pieces or more."""
    def cut(m: re.Match) -> str:
        return "" if len(MIXED_PIECE_RE.findall(m.group(0))) >= 2 else m.group(0)
    return ANTI_COPY_LOOSE_RE.sub(cut, line)
# Dingbats, Georgian letters, pictographs and emoji strewn through hijacked and reposted pages (✿ღ ⚔️ 🅰️ 👳♀️),
# with the joiners, selectors and skin tones of their sequences; the stars ★☆ some texts use as bullets stay.
DECORATION_RE = re.compile(r"[\u2600-\u2604\u2607-\u27bf\u2b00-\u2bff\u10a0-\u10ff\U0001F000-\U0001FAFF\ufe0f\u200d\u20e3]+")
# Runs of shapes and stars strewn inside sentences by an anti-copy script (…大学生◆■，他们…挂号★■、): after a
# word or a mark, never at a line's start (■一是… is a bullet); ○ (a zero) and □ (a lost character) are not among them.
# (a shape in quotation marks is the text's own symbol: 用“△”标注重点)
STREWN_SHAPES_RE = re.compile(r"(?<=[\u4e00-\u9fff，。！？、；：,.;:!?’”」』）)%\w ])(?<![“‘「『\"])[■▪▬▲△▶▼▽◆◇◈●◎★☆]+(?![”’」』\"])")
SHAPES_HINT_RE = re.compile(r"[■▪▬▲△▶▼▽◆◇◈●◎★☆]")
# Gambling brands that hijacked pages put in place of a unit's name (…官网, …娱乐, …tyc).
SPAM_BRAND_RE = re.compile(# a star named as the casino's face in front of its name (某某某代言太阳集团529)
                           r"[\u4e00-\u9fff]{2,3}代言(?:太阳集团|太阳城|威尼斯人?|新葡京|葡京|金沙|永利|银河|新濠)[A-Za-z]{0,4}\d{0,6}|"
                           r"(?:威尼斯人?|新葡京|新普京|葡萄京|葡京|太阳城|太阳集团|金沙|永利|皇冠|澳门)[\u4e00-\u9fff]{0,2}"
                           r"(?:官网|网址|娱乐场?|平台|总站[A-Za-z0-9]{0,10}|(?i:tyc)\d*)"
                           # (or its number and the app's or site's ending: 某某京888.3app in place of a company's name)
                           r"|(?:威尼斯人?|新葡京|新普京|葡萄京|葡京|太阳城|太阳集团|永利|新濠)\d{2,6}(?:\.\d{1,4})?(?:app|APP|com|vip|cc)"
                           # (its app's landing page in place of a name: 太阳集团app首页; a number's game site: 365官方游戏官网)
                           r"|(?:威尼斯人?|新葡京|新普京|葡萄京|葡京|太阳城|太阳集团|永利|新濠|金沙)(?:app|APP)(?:首页|下载|官网|入口)?"
                           r"|(?<![A-Za-z0-9])\d{3,4}(?:官方)?(?:游戏|体育|娱乐|彩票)(?:官网|官方网站|平台|app|APP)"
                           # a casino's Latin code before its name, the name scrambled, and its line or site word
                           # (abcd澳金沙门线路 in place of a school's name; 金沙江线路 has no code in front and stays)
                           r"|(?<![A-Za-z])[A-Za-z]{2,8}澳?门?(?:金沙|威尼斯人?|葡京|永利|新濠)[\u4e00-\u9fff]{0,2}?(?:线路|官网|网址|娱乐|平台)"
                           # a brand in Latin letters and digits with its entrance (某某365官方网站登录入口)
                           # (its site words perhaps twice over: 某某356亚洲体育官网入口官网)
                           # (a betting brand's Chinese name glued in front goes with it: 某某bv1946官网)
                           r"|(?:(?:伟德|必威|亚博|开云|乐鱼|九游|华体会|万博|凯发|沙巴|利来|明升)(?=[A-Za-z])|(?<![A-Za-z0-9]))"
                           r"[A-Za-z]{2,12}\d{2,4}(?:(?:中国|国际|亚洲)?(?:官方网站|官网|体育|娱乐|网页版|手机版)(?:登录入口|入口|首页|网址|登录|app|APP)?)+"
                           # a sports-betting site's name with its entrance (某某中国体育官网登录, 开运体育)
                           r"|[\u4e00-\u9fff]{2}(?:中国)?体育官网(?:登录|入口|首页)?|开运体育"
                           # a betting site's question about its own address (某发手机版网址是多少) in place of a word
                           r"|[\u4e00-\u9fff]{2}(?:手机版|网页版|app|APP)(?:网址|地址|入口)(?:是多少|在哪里?|多少)?"
                           # a bookmaker's score service (某某足球比分, 某某体育投注)
                           r"|(?:皇冠|新2)(?:足球|体育)?(?:比分|投注|现金网|足球)"
                           # …官方网站app after a brand in Chinese, and a casino's number and slogan (90011金沙诚信为本)
                           r"|[\u4e00-\u9fff]{2,4}(?:官方网站|官网)(?:app|APP|入口|登录入口|下载(?:客户端|app|APP)?)"
                           r"|[\u4e00-\u9fff]{2}(?:官方网站|官网)(?:vlog|VLOG)"  # (an adult site's two-character name)
                           # a site code in Latin letters and digits glued in front of a casino's name (tyc86太阳集团)
                           r"|(?<![A-Za-z0-9])[A-Za-z]{2,5}\d{2,6}(?:太阳集团|太阳城|维多利亚|威尼斯人?|新葡京|葡京|金沙|永利|银河|新濠)(?:官网|官方网站|娱乐场?|平台|集团)?"
                           # a slot brand's 电子 (MG电子, PG电子)
                           r"|(?<![A-Za-z])(?:MG|PG|PT|AG|BBIN|DG|JDB|CQ9)电子(?:游戏|官网|平台|娱乐|app|APP)?"
                           # a casino's number and name in place of a unit's (9778818威尼斯党委): the number whole, the unit
                           # behind it left
                           # (… its site's letters after the number, its home page after the name: 9001cc金沙首页)
                           r"|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,8}(?:[a-z]{1,3})?(?:金沙|威尼斯人?|葡京|永利|澳门|银河|新濠)(?:官网|官方网站|娱乐场?|平台|集团|欢乐城|首页)?"
                           # (… the casino named after a theatre or a city: 4001某某官方网站 in place of a school's name)
                           r"|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{0,8}(?:百老汇|巴黎人|伦敦人|美高梅)(?:官网|官方网站|娱乐场?|平台|集团)"
                           # a bookmaker's bet with its sports and its number (BET体育365投注官网 in place of a unit's name)
                           r"|(?<![A-Za-z])(?i:bet)(?=体育|投注|365)(?:体育|投注|中文网|\d{2,5})+(?:官方网站|官网|平台|入口)?"
                           # … a site's number and 网站 in front, however like a year the number is (2003网站太阳集团党委)
                           r"|(?<!\d)\d{3,8}网站?(?:太阳集团|太阳城|金沙|威尼斯人?|葡京|永利|新濠|银河)(?:官网|娱乐场?|平台)?"
                           # a casino group's name with its number in place of a unit (9728太阳成集团), a bookmaker's site
                           # word behind 欧博, online ball betting (在线买球平台) standing inside a sentence
                           r"|\d{0,6}太阳成(?:集团|官网|娱乐|平台)(?:\d{2,6}[a-z]{0,3}(?![a-z]))?|欧博(?:官网|娱乐|平台|app|APP|首页|入口|体育)"
                           r"|(?:欧洲杯|世界杯|足球|体育)?(?:在线|网上)买球(?:平台|网站|官网|app|APP)?"
                           # a betting brand with its number in place of a unit's name (某某4党支部, 某某体育3平台), gambling's
                           # slang with its forum (菠菜技术交流论坛), a bookmaker's client to download (某某体育客户端app下载)
                           r"|意昂(?:体育)?\d{1,2}(?:平台|官网|娱乐|注册|登录|app|APP)?|意昂体育(?:平台|官网|注册|登录|app|APP)"
                           r"|菠菜(?:技术)?(?:交流)?(?:论坛|社区|圈)"
                           # a casino's brand in place of a unit's name (九游会国际马克思主义学院, 70net永乐高党支部, 9323彩票集团第二支部)
                           r"|(?:\d{0,4}net)?(?:九游会|永乐高|九州酷游)(?:国际|官网|官方网站|体育|娱乐|平台|app|APP)?(?:[（(]中国[)）])?"
                           r"|(?<!\d)\d{2,8}彩票(?:集团|官网|平台|网)"
                           r"|(?:万博|开云|乐鱼|九游|华体会|亚博|必威|伟德)(?:体育)?客户端(?:app|APP)?(?:下载|官网|入口)?"
                           # … or betting on a tournament's matches with its platform (某某杯竞猜平台 in place of a unit's name)
                           r"|(?:欧洲杯|世界杯|亚洲杯|欧冠|英超|足球|篮球|体育)(?:竞猜|投注|下注|押注)(?:平台|网站|官网|官方网站|app|APP)"
                           # … or the casino's name first, its number and a domain's letters behind (太阳集团5493con)
                           r"|(?:太阳集团|太阳城|威尼斯人?|威斯尼斯人|新葡京|葡京|金沙|永利|新濠)(?!(?:19|20)\d\d(?!\d))\d{2,6}[A-Za-z]{0,4}(?:国际)?(?:官网|官方网站)?版?"
                           # … or its letters first, with its line check (某某js3777入口检测 in place of a company's name)
                           r"|(?:太阳集团|太阳城|威尼斯人?|威斯尼斯人|新葡京|葡京|金沙|永利|新濠)[A-Za-z]{1,4}\d{3,6}(?:入口检测|线路检测|入口|检测|官网|网址)?"
                           # a betting brand with (中国) before its site word (某某体育(中国)官方网站)
                           r"|(?![由在为被与和及向从对把将于的])[\u4e00-\u9fff]{2,4}(?:体育|娱乐)(?:在线|官方|平台)?[(（]中国[)）](?:官方网站|官网)(?:登录入口|入口|首页)?"
                           # … or with its newest site first (某某最新官网(中国)官方网站 in place of a university's name)
                           r"|(?![由在为被与和及向从对把将于的])[\u4e00-\u9fff]{2,4}(?:最新)?官网[(（]中国[)）](?:官方网站|官网)(?:登录入口|入口|首页)?"
                           # a number with a website word in place of a unit's name (某国正版888官方网站, 5566体育在…举行);
                           # a year (2023体育节) is none
                           r"|[\u4e00-\u9fff]{0,4}(?<![\d年])(?!19\d\d|20\d\d)\d{3,5}(?:官方网站|官网)(?:登录入口|入口|首页|网址|app|APP)?"
                           r"|(?<![\d年第])(?!19\d\d|20\d\d)\d{3,5}(?:体育|娱乐)(?:官网|平台|app|APP)?(?![节会馆场课赛队部局])"
                           # … with letters between (37000cm威尼斯): only the brand goes, the unit's name behind it stays
                           r"|\d{3,6}[A-Za-z]{1,4}(?:威尼斯人?|金沙|葡京|永利|澳门|银河|新濠)(?:官网|娱乐|平台|集团)?"
                           # a betting word with what sells it (某某棋牌开户, 外围买球app十大平台); 棋牌室 and 棋牌比赛 stay
                           r"|(?:贵宾会|美高梅|威尼斯人|[\u4e00-\u9fff]{0,2})(?:棋牌|买球|博彩|百家乐)(?:开户|官网|官方下载|平台|网站|app|APP|十大平台|排行)+"
                           # a casino's house name with its site word, wherever it stands (梳理某某集团贵宾会首页各党支部…)
                           r"|(?:太阳集团|澳门|金沙|永利|银河|新濠)?(?:贵宾会|美高梅|威尼斯人)(?:棋牌|娱乐|游戏)?(?:官方下载|官网入口|官方网站|官网|首页|中文网站|网页版|手机版)"
                           # … or standing as a unit's name or the country's (某某人本科生党总支, 某某会共产党 for 中国共产党)
                           r"|(?:公海|澳门|太阳集团|新濠|永利)?(?:贵宾会|美高梅|威尼斯人)(?=党委|党总支|党支部|本科生|研究生|学院|大学|共产党|政党|特色社会主义)"
                           # gambling itself named with a site word (澳门正规赌博官方网址); 打击赌博网站 stays
                           r"|(?:澳门|香港|正规|网上|线上|在线|十大|靠谱|合法)*(?:赌博|赌场|网赌)(?:正规)?"
                           r"(?:官方网址|官方网站|官网|网址|平台官网|app|APP)")


# More of the same kind: a gambling or lottery brand with the number and the site word of its entrance
# (某某国际1234官网, 某某集团350vip8888首页), a site number with its 备用网址, a lottery's 资料 (香港六合资料), the
# spam phrase of a gambler's blocked account (网赌被黑); brands alone that are also names (张伟德) stay.
SPAM_BRAND2_RE = re.compile(
    r"威廉希尔(?:官方网站|官网|首页|备用网址|网址|app|APP|手机版|娱乐|平台)?(?:登录|注册)?(?:入口)?"
    r"|(?:伟德|新葡的京|新葡萄京|必威|必赢|亚博|开云|乐鱼|九游|华体会|万博|凯发|博天堂|沙巴|利来|明升|金宝博|bet365|BET365)"
    r"(?:中国|亚洲)?(?:国际|集团|娱乐|体育|平台|官方)?(?:[（(]中国[)）])?(?:[A-Za-z]{0,4}\d{2,}(?:vip\d*)?|vip\d+|[A-Za-z]{1,4}\d)?(?:国际|集团|娱乐|体育)?"
    # (its name in Latin letters too, a letter swapped: 某某国际BETVlCTOR; 正规平台, 网页版)
    r"(?:[A-Za-z]{3,12}(?![A-Za-z]))?"
    # (its site words run together, 官方网娱乐官方, 官网网站)
    r"(?:(?:官方网站|官方网|官网|网站|官方|首页|备用网址|网址|登录入口|入口|app|APP|手机版|网页版|娱乐|正规平台|平台)+|(?<=\d)(?!\d)|(?<=[A-Za-z])(?![A-Za-z])|(?<=中国[)）]))(?:登录|注册)?(?:入口)?"
    r"|\d{0,6}[A-Za-z]{0,4}(?:全讯)?白菜网|\d{0,6}[A-Za-z]{0,4}全讯白菜|新2(?:会员管理端|会员|网址|备用网址|手机版|皇冠)"
    r"|(?<!\d)\d{6,}(?:备用网址|网址|官网|线路检测)|(?<!\d)\d{4,5}线路检测(?:中心)?|(?<!\d)\d{4,6}路检测中心|英亚(?:体育|国际|网站|官网|平台|app|APP)|(?:香港|澳门)?六[合和]{1,2}(?:彩|资料|开奖|图库|特码|宝典)+"
    r"|网赌被黑(?:[\u4e00-\u9fff]{0,2}(?:平台|出款|提现|怎么办))?"
    # a fishing-game casino's name in a sentence (《捕鱼官方》); 渔民捕鱼 stays
    r"|《?捕鱼(?:官方|官网|平台|电玩|游戏厅)》?"
    # a brand, its Latin name in front, and a few words of a sponsored club's name before its site word
    # (某某way必威某某联官网 in place of a school's name)
    r"|(?<![A-Za-z])[A-Za-z]{0,10}(?:必威|亚博|开云|乐鱼|九游|华体会|万博|凯发|伟德|威廉希尔)(?:[\u4e00-\u9fff]{1,6}?(?:官方网站|官网)|中文网站)"
    # the bookmaker's Latin name glued to its Chinese one, a letter swapped or not (某某victor伟德 in place of a school's name)
    # a bookmaker's tags strung with underscores (某某365手机安卓版_某某28365体育_365网站余额截图 in place of a unit's name)
    r"|(?<![A-Za-z0-9])(?i:beat|bet)\d{0,5}365[^\s，。、《》“”]{0,40}(?:余额截图|截图|体育|官网|入口|安卓版|手机版)"
    r"|(?<![A-Za-z])(?i:bet?v[il]ctor)伟德(?:国际|集团)?(?:\d{2,6})?(?:中文网站|官方网站|官网|首页|网站|入口)*"
    # a bookmaker's Latin name with its entrance (某某way手机网页, bet365体育)
    r"|(?<![A-Za-z])(?i:betway|bet365|bwin|1xbet|188bet|12bet|w88|m88|dafabet|sbobet)\s*(?:手机网页|手机版|网页版|官网|官方网站|体育|娱乐|app|APP)?")
# (What every match of SPAM_BRAND2_RE holds, as literals: a digit class beside them made the scan eight times slower.)
# Every *_HINT_RE is scanned over every line, so each of its alternatives opens on a literal character: Python's
# engine then skips along the line to the characters that can start a match, where a class (\d登录, [tT]yc) or a group
# in front makes it try the whole pattern at every position, about ten times slower. A class before the literal goes
# into a lookbehind after it (登录(?<=\d登录)); tests/cleaning/test_regex_scan.py keeps it so.
SPAM_BRAND2_HINT_RE = re.compile(r"威廉希尔|伟德|葡的京|葡萄京|必威|必赢|亚博|开云|乐鱼|九游|华体会|万博|凯发|博天堂|沙巴|利来|明升|金宝博|bet365|BET365|beat|BEAT"
                                 r"|b[eE][tT]|B[eE][tT]|b[wW][iI][nN]|B[wW][iI][nN]|w88|W88|m88|M88|d[aA][fF][aA]|D[aA][fF][aA]|s[bB][oO][bB]|S[bB][oO][bB]"
                                 r"|白菜|新2|六[合和]|网赌|网址|官网|线路检测|路检测中心|英亚|捕鱼")
# And more, seen on hijacked school and hospital pages: a site code of letters and digits with its 最新版 or 唯一官网
# (某某365唯一官网, 123abc某某最新版), a casino's 娱乐城 behind two brands (金沙威尼斯欢乐娱乐城), a casino's number with
# vip behind its four-character name (某某之神6612vip), and the 上市公司官网 slogan with its number.
# Brands of the newer hijacked pages, apart so that the long scan above stays as fast as it was: a betting brand strung
# with its Latin code, brackets and site words (华体会hth·（体育）（中国）官方网站-华体会体育hth首页), a short code of letters and
# digits in front of a brand alone at a title's end (…活动-k8凯发), a casino's slogan in place of a word (某某人民人生就是博社
# for 某某人民出版社), a lottery tipster's name and promise in place of a unit's name (香港管家婆期期最准资料, 澳门一码一肖中特).
SPAM_BRAND4_RE = re.compile(
    r"(?:华体会|开云|乐鱼|九游|亚博|必威|金年会)(?:[A-Za-z]{2,6}|\d{2,6}(?:vip\d*)?|[·•]|[（(「](?:体育|中国|中国内陆|中国大陆|集团|官方)[)）」]|体育|官方网站|官网|首页|网站|入口|app|APP"
    r"|[-—](?=华体会|开云|乐鱼|九游|亚博|必威|金年会)|(?<=[-—])(?:华体会|开云|乐鱼|九游|亚博|必威|金年会))+(?<![-—·•])"
    r"|[-—–]?(?<![A-Za-z0-9])[A-Za-z]{1,3}\d{1,3}(?:伟德|凯发|必威|亚博|开云|乐鱼|九游|华体会|万博|沙巴|利来|明升)(?![\u4e00-\u9fffA-Za-z0-9])"
    r"|(?:尊龙凯时|尊龙)?[-—]?人生就是博(?:官网|平台|中国)?"
    # a Latin code before a sports-betting brand and its site word (abcd某某体育全站 in place of a unit's name)
    r"|(?<![A-Za-z0-9])[A-Za-z]{2,6}[\u4e00-\u9fff]{2}体育(?:全站|官网|官方网站|官方平台|app|APP|平台)"
    r"|(?:香港|澳门|新澳门?|新澳)?(?:管家婆|白小姐|曾道人|黄大仙)(?:[\u4e00-\u9fff]{0,4}?(?:期期|一码|一肖|最准|精准|资料|大全|免费|中特|开奖|必中))+"
    r"|(?:香港|澳门|新澳门?)[\u4e00-\u9fff]{0,4}?(?:期期|一码一肖|一肖一码|最准|中特|必中)(?:[\u4e00-\u9fff]{0,2}?(?:期期|一码|一肖|最准|精准|资料|大全|中特|开奖|必中))*"
    # more of the same in place of a unit's name or between sentences (星空体育·(china)官方网站, hjc黄金城集团,
    # 伟德BETVLCTOR1946, 白菜网所有网站大全, emc易倍体育官网)
    r"|星空体育(?:[·•]?\s*[（(](?:china|中国)[)）])?(?:官方网站|官网|app|APP|平台)?"
    r"|(?<![A-Za-z])leyu(?=乐鱼)"  # (leyu乐鱼·(中国)官方网站: the brand's Latin name before the Chinese one above)
    r"|(?<!\d)\d{3,6}集团的新网站"
    r"|(?<![A-Za-z])(?:[A-Za-z]{2,4})?黄金城(?:集团|官网|娱乐|平台)|伟德\s*(?:BETVLCTOR|BETVICTOR|betvictor)\s*\d{0,4}"
    r"|(?:白菜网)?所有网站大全"
    r"|(?<![A-Za-z])(?:emc)?易倍(?:体育)?(?:官网|官方网站|app|APP|平台)")
SPAM_BRAND4_HINT_RE = re.compile(r"星空体育|leyu|集团的新网站|黄金城|BETV|betv|网站大全|白菜网|易倍|体育(?:全站|官|平台|app|APP)|华体会|开云|乐鱼|九游|亚博|必威|金年会|伟德|凯发|万博|沙巴|利来|明升|人生就是博|管家婆|白小姐|曾道人|黄大仙|期期|一码|一肖|最准|中特|必中")
SPAM_BRAND3_RE = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z]{2})(?=[A-Za-z0-9]*\d{2})[A-Za-z0-9]{4,12}[\u4e00-\u9fff]{0,3}?"
    r"(?:唯一官网|唯一官方网站|最新版|官方版)"
    r"|(?:金沙|威尼斯人?|葡京|永利|新濠|太阳城|银河)[\u4e00-\u9fff]{0,5}?(?:娱乐城|娱人城|娱乐场|欢乐城)"
    r"|[\u4e00-\u9fff]{0,4}(?<![\d年])(?!19\d\d|20\d\d)\d{3,6}vip\d*"
    r"|(?:[\u4e00-\u9fff]{2}上市公司)?官网(?!(?:19|20)\d\d(?:年|[-./]\d))\d{3,}(?!\d)"
    # a casino's number and letters before its name and 官网 (1234am某某之神官网)
    r"|(?<![A-Za-z0-9])\d{3,6}[a-z]{1,4}[\u4e00-\u9fff]{2,4}(?:官网|官方网站)"
    # a brand and its number with its login (某某360手机版登录)
    r"|[\u4e00-\u9fff]{2}(?<![\d年])(?!19\d\d|20\d\d)\d{2,4}(?:手机版|网页版|app|APP)?(?:登录|注册)(?:入口)?")
SPAM_BRAND3_HINT_RE = re.compile(r"唯一官|最新版|官方版|娱乐城|娱人城|娱乐场|欢乐城|vip|官网|登录(?<=[\d版pP]登录)|注册(?<=[\d版pP]注册)")
# (tyc in any case spelt out: a pattern without re.I is scanned far faster)
SPAM_HINT_RE = re.compile(r"意昂|九游会|永乐高|九州酷游|彩票(?<=\d彩票)|菠菜|客户端|官网|官方下载|贵宾会|美高梅|威尼斯人|官方网站|网址|娱乐|平台|总站|体育|买球|网页版|手机版|t[yY][cC]|T[yY][cC]|金沙|威尼斯|葡京|永利|新濠|开户|app|APP|排行|维多利亚|太阳|电子(?<=[A-Z]电子)|比分|投注|现金网|体育官网|开运体育")
# What every match of SPAM_BRAND_RE holds (a brand, an 官网, or 体育/娱乐 after a number): 平台 and 体育 are
# common words, and SPAM_BRAND_RE is slow to run over a paragraph that has no brand in it.
SPAM_BRAND_HINT_RE = re.compile(r"贵宾会|九游会|永乐高|九州酷游|彩票(?<=\d彩票)|美高梅|百老汇|意昂|菠菜|客户端|巴黎人|伦敦人|BET|bet|Bet|赌博|赌场|网赌|网页版(?<=\d网页版)|手机版(?<=\d手机版)|版网址|版地址|版入口|威尼斯|葡京|葡萄京|普京|太阳城|太阳集团|太阳成|欧博|金沙|永利|皇冠|澳门|官网|官方网站|银河|新濠|体育(?<=\d体育)|娱乐(?<=\d娱乐)|棋牌|买球|博彩|百家乐"
                                r"|维多利亚|电子(?<=[A-Z]电子)|比分|投注|现金网|体育官网|开运体育|竞猜|下注|押注")


def encodable(ch: str, codec: str) -> bool:
    """Whether a character exists in a character set (gb2312: simplified; big5: traditional)."""
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def in_gb2312(ch: str) -> bool:
    return encodable(ch, "gb2312")


def in_big5(ch: str) -> bool:
    return encodable(ch, "big5")


def simplified_before(line: str, i: int) -> bool:
    """The text before position i is in simplified script (every character of it is in GB2312)."""
    chars = [c for c in line[max(0, i - 30):i] if CJK_CHAR.match(c)]
    if not chars or not all(in_gb2312(c) for c in chars):
        return False
    if any(not in_big5(c) for c in chars):
        return True  # 这, 来: a character only simplified script has
    # characters both scripts share (“这是谁交的材料?…): the rest of the line tells which script the page is in
    cjk = [c for c in line if CJK_CHAR.match(c)]
    traditional = sum(1 for c in cjk if in_big5(c) and not in_gb2312(c))
    return sum(1 for c in cjk if in_gb2312(c) and not in_big5(c)) >= traditional


def garbled_span(line: str, i: int) -> int | None:
    """The end of a mis-decoded run starting at the '?' at i (UTF-8 read as GBK: ?;鶎狱h, ?梢哉f), or
    None when nothing proves it garbage: a real question mark (哪些?这部分党员…) is followed by
    plain text. Proof is a lone ASCII letter or symbol glued between the run's characters, or a
    character outside GB2312 right after the '?'."""
    if i == 0 or not (CJK_CHAR.match(line[i - 1]) or line[i - 1] in "，。；：、"):
        return None
    if line[i + 1: i + 2] in ("|", "｜", " ", "") and asks(line, i):
        return None  # 为什么加入…?|某某传媒: a question closing a page's title, before the bar and the site's name
    end, saw_cjk, proof, closing = None, False, None, None
    for k in range(i + 1, min(len(line), i + 14)):
        ch = line[k]
        if ch == "?" and saw_cjk:
            closing = k  # the run ends in a second '?' (?;顒拥幕?): it is garbage as a whole when proved
            break
        if ch in STOP or ch == "?" or ch.isdigit():
            break
        if CJK_CHAR.match(ch):
            saw_cjk = True
            if proof is None and not in_gb2312(ch) and (not in_big5(ch) or simplified_before(line, i)):
                proof = k  # a character no Chinese web page of its script would use
        elif ASCII_DEBRIS.match(ch):
            if ch == "!" and (k + 1 == len(line) or line[k + 1] in "”’」』\"' "):
                break  # …?这事我们能办好!”: a sentence's end, its mark folded to ASCII, before the quote's close
            if ch == "!" and proof is None and k - i > 4 and worded(line[i + 1:k]):
                break  # …争辩?就冲这点就不简单!对于…: a question, then an exclamation, both marks folded to ASCII
            lone = not (k + 1 < len(line) and line[k + 1].isascii() and line[k + 1].isalpha()) and \
                not (line[k - 1].isascii() and line[k - 1].isalpha())
            if not lone:
                break  # a word in Latin letters (DNA, APP) is text
            end = k  # ASCII debris closes the run
    if closing is not None and (proof is not None or end is not None):
        return closing + 1
    if end is not None and (saw_cjk or end == i + 1):
        return end + 1
    if proof is not None and proof <= i + 3 and not rare_name_char(line, proof):
        return proof + 1
    return None


def rare_name_char(line: str, k: int) -> bool:
    """The character at k, outside GB2312, is a rare character of a name or a word, not a wrong decoding's: the
    characters around it are all plain (新路?陈堃源告诉记者); a wrong decoding leaves a run of such characters."""
    around = line[max(0, k - 3):k] + line[k + 1:k + 5]
    return len(around) >= 5 and all(CJK_CHAR.match(c) and in_gb2312(c) for c in around if c != "?")


# A character lost to '?' with its pinyin annotation still after it (重?fù)?dān): the character
# cannot be recovered; a □ marks the gap, as printed texts mark an illegible character.
LOST_CHAR_RE = re.compile(r"\?[a-zü\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]?\)")


# The next characters the same byte shift broke, right after the gap: one or two CJK characters and a lone
# Latin letter (?shù)攸h組織 for 當地黨組織), or the letter alone (基層?jì)D聯 for 基層婦聯): no Chinese word has a lone
# Latin letter inside it.
LOST_TAIL_RE = re.compile(r"(?<=□)[\u4e00-\u9fff]{0,2}[A-Za-z](?=[\u4e00-\u9fff，。、；])")


# A run shifted by one byte: a page in a double-byte encoding lost one byte (the first of a quote mark: 員!“今年終于
# saved as 員!敖衲杲K于), and the characters after it paired the wrong bytes until an ASCII byte set them right again,
# the run's last pair holding that byte (杲K). Encoded again and read from its second byte, the run is the text it was
# (敖衲杲K → 今年終). It is restored where that reading is all common characters (in GB2312 or Big5) and something
# proves the run garbage: a character of the other script than the text before it (镏 in a traditional text), or a
# reading that makes more words than the run does (今年 against 敖/衲/杲). It opens after the mark the lost byte left
# (! ? or the □ of a character lost to its pinyin) and closes on its lone ASCII letter or symbol before more text.
SHIFTED_RUN_RE = re.compile(r"(?:(?<=[!?□])|(?<=\?;))([\u4e00-\u9fff]{1,24})([@-~])(?=[\u4e00-\u9fff，。、；：,.;:!?“”]|$)")


def shifted_reading(run: str) -> str | None:
    try:
        text = run.encode("gb18030")[1:].decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return text if text and all(CJK_CHAR.match(c) and (in_gb2312(c) or in_big5(c)) for c in text) else None


def words_in(text: str) -> int:
    """How many words of two characters or more jieba finds in the text (read in simplified script)."""
    from ..topics import segmenter  # (rjieba with the field's dictionary, loaded once)
    from .normalize import _t2s

    return sum(1 for w in segmenter().cut(_t2s().convert(text), False) if len(w) >= 2)


def worded(run: str) -> bool:
    """Most of the run's characters stand in words of two or more (这点, 简单): a clause, not a mis-decoded run."""
    from ..topics import segmenter
    from .normalize import _t2s

    cjk = [c for c in run if CJK_CHAR.match(c)]
    if len(cjk) != len(run):
        return False
    inside = sum(len(w) for w in segmenter().cut(_t2s().convert(run), False) if len(w) >= 2)
    return inside >= 4 and inside * 2 >= len(run)


def off_script(run: str, before: str) -> bool:
    """A character of the run that a text written like the one before it would not use."""
    chars = [c for c in before[-30:] if CJK_CHAR.match(c)]
    if not chars:
        return False
    if all(in_gb2312(c) for c in chars):
        return any(not in_gb2312(c) for c in run)
    return any(not in_big5(c) for c in run) if any(not in_gb2312(c) for c in chars) else False


# What a sentence's stop and a quotation's close (。”) became when a page's UTF-8 was read as GBK: ?! and, before
# the paragraph's closing tag, ?/p> (…的强烈念头?!?/p>, …?!?/span>).
CLOSE_DEBRIS_RE = re.compile(r"(?<=[\u4e00-\u9fff）)])\?!\?/(?:p|span|div|font|strong|b|em|td|li|section|blockquote|h[1-6])>\s*")
# … and before a citation's bracket ([1]), the quote's second byte paired with the bracket's into 盵 (…的作用?!盵1]…).
CITE_DEBRIS_RE = re.compile(r"(?<=[\u4e00-\u9fff）)])\?!盵(?=\d{1,3}(?:[-–,，]\d{1,3})*\])")


def sentence_close(before: str, after: str = "") -> str:
    """。” where the text before opened a quotation it has not closed; 。“ where the text after closes one it never
    opened (…在校学生?!我想…，”某某表示); else 。"""
    if before.count("“") > before.count("”"):
        return "。”"
    return "。“" if after.count("”") > after.count("“") else "。"


def restore_shifted_runs(line: str) -> tuple[str, int]:
    """The line with its byte-shifted runs read again (SHIFTED_RUN_RE), and how many there were."""
    pieces, pos, restored = [], 0, 0
    for m in SHIFTED_RUN_RE.finditer(line):
        run = m.group(1) + m.group(2)
        reading = shifted_reading(run)
        if reading is None or not (off_script(m.group(1), line[:m.start()]) or words_in(reading) > words_in(m.group(1))):
            continue
        before = line[pos:m.start()]
        if before.endswith("?!"):  # (期待?!边@是: the sentence's stop and the quote's close lost before the run)
            before = before[:-2] + sentence_close(line[:m.start() - 2], line[m.start():])
        elif before.endswith("?;"):  # (部署?;鶎狱h組織: what stood before the run is lost; a □ marks the gap)
            before = before[:-2] + "□"
        pieces.append(before + reading)
        pos = m.end()
        restored += 1
    return "".join(pieces) + line[pos:], restored


# A question's words (什么是党组?什么是党委? / 如何动员社会参与?如何协调…): its ASCII mark is a question's, not a lost character.
QUESTION_WORD_RE = re.compile(r"什么|什麼|怎么|怎麼|怎样|怎樣|如何|为什么|為什麼|为何|為何|哪|谁|誰|几|幾|多少|是否|吗|嗎|呢|难道|難道|岂|豈")


def asks(line: str, i: int) -> bool:
    """The '?' at i closes a question: its clause, or the one it leads into, has a question's words."""
    before = re.split(r"[。！？!?，,；;：:]", line[max(0, i - 30):i])[-1]
    after = re.split(r"[。！？!?，,；;：:]", line[i + 1:i + 30])[0]
    return bool(QUESTION_WORD_RE.search(before) or QUESTION_WORD_RE.match(after))


# A reporters' credit in brackets whose wide spaces the saving tool turned into '?' beside the spaces left
# ((記者? 張某某? ?通訊員? 某某)): the marks are spaces, not questions.
LOST_SPACE_CREDIT_RE = re.compile(r"[（(][^（）()\n]{0,40}(?:记者|記者|通讯员|通訊員)[^（）()\n]{0,40}[)）]"
                                  # (… or the names alone, closing the line: （某某? 某某）)
                                  r"|[（(][\u4e00-\u9fff]{2,3}(?:\?\s+[\u4e00-\u9fff]{2,3}){1,3}[)）]\s*$", re.M)
# Characters lost to '?', each set apart by a space, in a run before a credit closing the line (… ? ? ? ? （某某 某某）).
LOST_RUN_BEFORE_CREDIT_RE = re.compile(r"\s*(?:[?？]\s+){3,}(?=[（(][^（）()\n]{2,30}[)）]\s*$)", re.M)


# Asterisks standing for one to three characters between Chinese ones (共产*员, 某某镇*委, 优秀***员).
MASKED_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,2}\*{1,3}[\u4e00-\u9fff]{1,2}")
MASKED_MIN = 2


def remove_garbled_runs(text: str, ctx: Context) -> str:
    """Remove runs of mis-decoded characters when they are provably garbage; warn either way."""
    if "\ufffd" in text:  # characters the saving tool could not decode (…9月8日�我怀着…): gaps the reader should know of
        ctx.warn("garbled-text", f"有 {text.count(chr(0xFFFD))} 个字符在保存网页时无法识别（显示为 �，多是丢失的标点）；请对照原网页补上")
    if "*" in text and len(masked := MASKED_WORD_RE.findall(text)) >= MASKED_MIN:
        # (共产*员, 江湖镇*委, 建*一百周年: a site that hides words it filters behind asterisks; 员工*人, **公司: a sample's
        # blanks; which it is, and which word went, is not sure: the text keeps the marks and the contributor is told)
        ctx.warn("garbled-text", f"有 {len(masked)} 处字词是 *（如“{masked[0]}”）：网页屏蔽的字，或范文留的空位；请对照原网页核对")
    if "?" not in text and "!" not in text:
        return text
    if "? " in text or " ?" in text:  # (記者? 張某某? ?通訊員? 某某): the credit's wide spaces lost to '?'
        text = LOST_SPACE_CREDIT_RE.sub(lambda m: re.sub(r"\?(?=\s)|(?<=\s)\?", " ", m.group(0)), text)
        text = LOST_RUN_BEFORE_CREDIT_RE.sub("", text)
    out, removed, suspect, lost, restored = [], 0, 0, 0, 0
    for line in text.split("\n"):
        if "?" not in line and "!" not in line:
            out.append(line)
            continue
        original = line
        line, n = LOST_CHAR_RE.subn("□", line)
        lost += n
        if n:
            line = LOST_TAIL_RE.sub("", line)
        if SHIFTED_RUN_RE.search(line):
            line, k = restore_shifted_runs(line)
            restored += k
        if "盵" in line and CITE_DEBRIS_RE.search(line):
            line = CITE_DEBRIS_RE.sub(lambda m: sentence_close(line[:m.start()], line[m.end():]) + "[", line)
            restored += 1
        if "?/" in line and (m := CLOSE_DEBRIS_RE.search(line)):  # (mid-line too: …开起来?!?/blockquote>责任编辑…)
            line = line[:m.start()] + sentence_close(line[:m.start()]) + line[m.end():]
            restored += 1
        if "?" not in line:
            if line != original:
                ctx.changed("garbled-run", original, line)
            out.append(line)
            continue
        pieces, pos = [], 0
        for m in re.finditer(r"\?", line):
            if m.start() < pos:
                continue
            end = garbled_span(line, m.start())
            if end is None:
                if m.start() + 1 < len(line) and CJK_CHAR.match(line[m.start() + 1]) and m.start() and CJK_CHAR.match(line[m.start() - 1]) \
                        and not asks(line, m.start()):
                    suspect += 1
                continue
            pieces.append(line[pos:m.start()])
            pos = end
            removed += 1
        new = "".join(pieces) + line[pos:]
        ctx.changed("garbled-run", original, new)
        out.append(new)
    if restored:
        ctx.warn("garbled-text", f"恢复了 {restored} 处错位的乱码（网页保存时丢了一个字节，其后几个字读错），引号等个别字可能仍缺；请对照原网页核对")
    if lost:
        ctx.warn("garbled-text", f"有 {lost} 个字在保存网页时丢失（只剩下拼音注音），用 □ 标出；请对照原网页补上")
    if removed:
        ctx.warn("garbled-text", f"删除了 {removed} 处乱码（网页编码错误留下的字符），这些地方原文可能缺字；请对照原网页核对")
    elif suspect >= 3:
        ctx.warn("garbled-text", f"可能有 {suspect} 处乱码（汉字中间夹着“?”），没有删除；请对照原网页核对")
    return "\n".join(out)


# A 范文 site's sentence about its editor glued to a real paragraph (…就有了党籍。接下来小编为大家整理了…。)
# A sample site's sign-off glued after the last sentence (以上这篇…为您介绍到这里，希望它对您有帮助。); a speech's
# own close (以上是我的汇报，希望大家批评指正) does not speak to a reader.
OUTRO_SENTENCE_RE = re.compile(r"(?<=[。！？!?”])\s*以上(?:这篇|就是|是|内容|便是)[^。！？!?]{0,60}(?:为您|为你|给您|给你|介绍到这里|分享到这里|整理)[^。！？!?]{0,40}(?:[。！？!?]|$)\s*$")
# A page's font-size buttons glued in front of its text (A+ 大9月29日，…; A- A+ 中 小…).
FONT_WIDGET_RE = re.compile(r"^\s*(?:A[+\-＋－]\s*){1,3}(?:[大中小]\s*){0,3}(?=\S)")
EDITOR_SENTENCE_RE = re.compile(r"[^。！？!?]*小编(?:特意|特地|专门|今天|也)?(?:整理|为|收集|精心|给|推荐|带来|精选|挑选|搜集|准备)[^。！？!?]*(?:[。！？!?]|$)")


# An anti-scraping token glued into a sentence (…必须达到LxwyTdx…Z1M=应到会人数…): a long run of Latin
# letters in both cases and digits between Chinese characters, base64-like; no word is written so.
TOKEN_RE = re.compile(r"(?<=[\u4e00-\u9fff，。])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*\d)"
                      r"[A-Za-z0-9+/]{16,}={0,2}(?=[\u4e00-\u9fff，。；！？]|$)")


# … and a hash in hexadecimal digits glued behind a sentence (…进行广泛的意见沟通。CA8C1BC3C6E756F1): a page's tracking id.
HEX_TOKEN_RE = re.compile(r"(?<=[。！？”])\s*(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)(?:[0-9A-F]{16,64}|[0-9a-f]{16,64})"
                          r"(?![0-9A-Za-z])(?=\s*$|[\u4e00-\u9fff])")


# A source address glued to the end of the last paragraph (…效果。 本文来源:https://…).
TRAILING_SOURCE_RE = re.compile(r"(?<=[。！？”])\s*(?:本文来源|文章来源|原文链接|原文地址|本文链接|本文地址|来源|转自)[:：]\s*"
                                r"https?://\S+\s*$")
# A credit in brackets closing a paragraph (…运往上海。（文/某某  图/某某）, …。（某某日报 某某摄）, …。（中共某某县委
# 组织部）, …。（某某某）): who wrote or photographed it, not its text. A speech's （掌声） stays.
TRAILING_CREDIT_RE = re.compile(r"(?<=[。！？”])\s*[（(]\s*(?:"
                                r"(?:[\u4e00-\u9fff·]{2,4}\s+)?(?:(?:(?:文|图|文字|图片|摄影|摄|文/图|图/文|图文|文图|记者|通讯员|特约通讯员|特约记者|作者|编辑|供稿|撰稿|来源)\s*[/／:：]\s*"
                                # (the name perhaps glued on: （记者某某）)
                                r"|(?:[\u4e00-\u9fff]{2,8}?)?(?:记者|通讯员|特约通讯员|特约记者|学生记者|编辑|责编|责任编辑|审核|校对|摄影)\s*)"
                                r"[\u4e00-\u9fff·]{2,12}(?:[\s、，,]+[\u4e00-\u9fff·]{1,4}){0,4}\s*(?:文/摄|文/图|文图|摄)?\s*){1,3}"
                                r"|[^（()）。，]{0,12}\s*[\u4e00-\u9fff]{2,3}\s*摄"
                                # (each name before its role: （某某/文 某某/图 某某/审核）)
                                r"|(?:[\u4e00-\u9fff·]{2,4}\s*[/／]\s*(?:文字?|图片?|摄影?|审核|审校|编辑|责编|校对|初审|复审|终审|撰稿)\s*){1,5}"
                                r"|[^（()）。，]{2,16}(?:组织部|宣传部|委员会|办公室|党委|党组|党工委|党支部|党总支|纪委|融媒体中心|新闻中心)"
                                # (or the department alone, its unit left unsaid: （政治部）, （党群工作部）)
                                r"|(?:政治部|政治工作部|政工部|党群工作部|党建工作部|党委工作部|党群部|党委宣传部|党委办公室|宣传部|组织部)"
                                r"(?:报送|供稿|供图|提供|撰稿|投稿)?"
                                # any unit that sent it (（某某区统计局供稿）), a unit's branch and a name run together
                                r"|[^（()）。，\s]{2,16}(?:报送|供稿|供图|撰稿|投稿)"
                                r"|[\u4e00-\u9fff]{2,10}(?:党支部|党总支|党委|支部)[\u4e00-\u9fff]{2,3}"
                                # a paper's end mark
                                r"|完"
                                # a unit or an outlet named alone (（附属第一医院）, （某某资讯）, （某某烟草报）)
                                r"|[\u4e00-\u9fff]{2,10}(?:医院|学院|大学|中心|公司|集团|资讯|在线|发布|融媒)"
                                r"|(?!据|见|引自|转引)[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|时报|商报|报|周刊|杂志|通讯社|新闻网)"
                                # the account or outlet it came from (（某某银行微信公号）, （来源：某某客户端）)
                                r"|(?:来源[:：]\s*)?[^（()）。，\s]{2,16}(?:微信公众号|微信公号|公众号|微信号|客户端|官方微博|微博|官网)"
                                # a unit's name and its people (（某某公司 李某某、王某）, （某某院 某某 某某队 某某）)
                                r"|(?:[\u4e00-\u9fff]{2,20}(?:公司|集团|院|队|局|厂|站|中心|大学|学院|学校|医院|所|处|科|办|室|社区|街道|镇|乡|村|部)"
                                r"(?:\s+|\s*[-—–－]\s*)[\u4e00-\u9fff]{2,3}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,3})*\s*){1,3}"
                                # a school's or organ's chain of review (（撰稿人：某某；一审：某某；二审：某某；三审：某某）)
                                r"|(?:[\u4e00-\u9fff]{2,12}\s+)?(?:(?:撰稿人?|撰文|作者|文|供稿|编辑|责编|初审|一审|二审|三审|终审|复审|审核|审稿|校对|签发)\s*[:：]\s*"
                                r"[\u4e00-\u9fff·]{2,4}\s*[;；,，、]?\s*){2,8}"
                                r"|(?!掌声|鼓掌|笑声|完|[一二三四五六七八九十]+\s*[)）])[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\s[\u4e00-\u9fff]{1,2}"
                                # several bare names (（宋某 李某）, （潘某某、陈某某）): each checked for a surname
                                r"|[\u4e00-\u9fff]{2,3}(?:\s*[\s、，,]\s*[\u4e00-\u9fff]{2,3}){1,7}(?:\s+(?:文[/／\\]图|图[/／\\]文|文图|图文))?)\s*[)）]\s*$")
# The same credit without brackets after the last sentence (…入党誓词。 图文：某某), and arrows pointing at what the page
# showed below (…颁发聘书。↓↓↓).
TRAILING_BARE_CREDIT_RE = re.compile(r"(?<=[。！？”])\s*(?:图文|文图|文/图|图/文|文字|图片|摄影|撰稿|供稿|责任编辑|编辑|责编|通讯员|记者)\s*[:：︰/／]\s*"
                                     r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,2}\s*$"
                                     # (a site's editor by its account name: …。责任编辑：guanliyuan)
                                     r"|(?<=[。！？”])\s*(?:责任编辑|编辑|责编)\s*[:：]\s*[A-Za-z][A-Za-z0-9_]{1,19}\s*$")
TRAILING_ARROWS_RE = re.compile(r"(?<=[。！？”：:])\s*[↓⬇︾]+\s*$")
# A byline in front of the first paragraph: □某某 (a reporter's mark and name) or （通讯员 某某 某某） before the text.
LEAD_BYLINE_RE = re.compile(r"^\s*(?:□\s*([\u4e00-\u9fff]{2,3})\s+(?=[\u4e00-\u9fff“])"
                            r"|[（(](?:本报)?(?:通讯员|记者|特约通讯员|特约记者|作者|文|文/图|图/文)\s*[:：]?\s*"
                            r"([\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]\s*(?=\S))")
# A news lead's dateline: a paper's or site's 讯 (本网讯, 某某网3月14日讯) or an agency's 电 after the day
# (新华社北京9月27日电, 人民网北京11月3日电).
DATELINE = r"(?:[^，。（()）]{0,24}?讯|[^，。（()）\s]{2,20}?\d{1,2}日电(?:题)?)"  # (…电题: a dispatch whose headline follows)
# A credit in brackets after a news lead's dateline or opening the paragraph (本网讯（特约记者/某某 学生记者/某某）…,
# 某某网3月14日讯（通讯员 某某）…, （记者某某通讯员某某报道）…): the dateline stays, the credit goes, its
# separated names to the authors. Every name opens on a surname (（记者从…获悉） is a sentence's part).
CREDIT_ROLE = (r"(?:(?:本报|本网|本台|特约|学生|实习|见习|[\u4e00-\u9fff]{1,6}?(?:报|网|台|社))?(?:全媒体|融媒体|首席)?(?:记者|通讯员)"
               r"|实习生|见习生|文字?|图片?|摄影|文\s*/\s*图|图\s*/\s*文|作者|编辑"
               # the unit that sent the piece in, before its writer's name (本网讯（院党委 某某）)
               r"|[\u4e00-\u9fff]{0,6}(?:党委|党总支|党支部|团委|办公室|宣传部|组织部|工会))")
DATELINE_CREDIT_RE = re.compile(r"^(\s*(?:" + DATELINE + r"\s*)?)[（(]\s*((?:" + CREDIT_ROLE
                                + r"\s*[/／:：]?\s*[\u4e00-\u9fff·]{2,8}(?:\s*[\s、，,]\s*(?!" + CREDIT_ROLE + r")[\u4e00-\u9fff·]{2,4}(?=[\s、，,)）]))*"
                                r"\s*[\s、，,/／]*\s*){1,4})(?:报道|摄|文\s*/\s*图|图\s*/\s*文)?\s*[)）]\s*(?=\S|$)")
CREDIT_PART_RE = re.compile(CREDIT_ROLE + r"\s*[/／:：]?\s*([\u4e00-\u9fff·]{2,8}(?:\s*[\s、，,]\s*(?!" + CREDIT_ROLE
                            + r")[\u4e00-\u9fff·]{2,4}(?=[\s、，,)）]|$))*)")
# A document site's mark where it hid part of the text (……此处隐藏5219个字……).
MEMBER_LOCK_PREFIX_RE = re.compile(r"^\s*(?:会员|VIP|vip)?免费查看\s*")
HIDDEN_TEXT_RE = re.compile(r"\s*[.…\-—]*\s*此处(?:隐藏|省略)\s*[:：]?\s*\d+\s*个?字\s*(?:[，,。.]?\s*(?:下载后查看|下载查看|下载后阅读|"
                            r"(?:VIP|vip)?会员可见|(?:正式|VIP|vip)?会员可完整阅读|登录后查看|付费后查看))?[。.]?\s*[.…\-—]*\s*"
                            # (or the site's own note in brackets: ……(某某网http://…省略883字，正式会员可完整阅读)……)
                            r"|\s*[.…]*\s*[（(][^（()）]{0,60}?省略\s*\d+\s*个?字[^（()）]{0,20}[)）]\s*[.…]*\s*")
# Characters lost in a wrong decoding, each left as a '?' and set apart by spaces, opening or closing a line (? ? ? ? 2月29日，…).
# (the first may have been read as a question's mark: 。 ？ ? ? ?)
LOST_RUN_RE = re.compile(r"^\s*(?:[?？]\s+){2,}[?？]\s*|\s*(?<!\S)(?:[?？]\s+){2,}[?？]\s*$")
# A paragraph's indent of full-width spaces, each left as a '?' by a wrong decoding (????1月5日，…, ? ? 2018年…).
# (one before an opening quote too: ?“某某精神人人学…)
LOST_INDENT_RE = re.compile(r"^\s*(?:\?\s*){2,}(?=[\u4e00-\u9fff“‘（(《\d])|^\s*\?(?=[“‘「])")
# A preview's count of what it leaves out ((剩余2045字), （还剩1200字）): the page stops there.
LEFT_OUT_RE = re.compile(r"\s*[（(]\s*(?:剩余|还剩|余下|剩下)\s*\d+\s*(?:个)?字\s*[)）]\s*")
# A link's words left in a sentence ((点击了解更多), （点击查看详情）).
CLICK_MORE_RE = re.compile(r"\s*[（(]\s*(?:请)?点击(?:这里|此处)?(?:了解|查看|阅读|浏览|进入)?(?:更多|详情|全文|原文)(?:内容|信息)?\s*[)）]")
# A wiki's edit link behind a section heading (形式[编辑]).
# (an encyclopedia's own links, unbracketed after a space: 成立由来 编辑本段, 主要职责 播报 编辑)
WIKI_EDIT_RE = re.compile(r"(?<=\S)\s*\[(?:编辑|编辑源代码|编辑原始码|编辑本段)\]\s*$|(?<=[\u4e00-\u9fff])\s+(?:编辑本段|播报\s*编辑)\s*$")
# Where a picture came from, left opening the paragraph under it (截图来自《某某学报》 1982年，…).
LEAD_PICTURE_SOURCE_RE = re.compile(r"^\s*(?:截图|图片|图)(?:来自|来源于|来源|源自|出自)[:：]?\s*《[^》]{2,30}》\s*(?=\S)")
# A newspaper's continuation mark ((紧转第四版), （下转第2版）, (上接第一版)).
# A picture in Markdown, with or without its file (![](), ![说明](https://…/1.jpg)), inside a line of text.
MD_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,80}\](?:\([^)\s]{0,300}\)|（[^）\s]{0,300}）)\s*")
# A journal database's marker where its print view ends, glued to the text (…的桥梁。endprint).
ENDPRINT_RE = re.compile(r"(?<![A-Za-z])\s*endprint\b\s*")
# A print edition's pointer at a paragraph's end to where more stands (详见P7, （详见第3版）, 见第12页): no page of this one.
SEE_PAGE_TAIL_RE = re.compile(r"(?<=[。！？”])\s*[（(]?\s*(?:详见|参见|见)\s*(?:第\s*[一二三四五六七八九十\d]{1,3}\s*(?:版|页|面)|[PpＰ]\s*\d{1,3})\s*[)）]?\s*$")
CONTINUED_RE = re.compile(r"\s*[（(]\s*(?:紧?[转接]|下转|上接|转至|接上)第?\s*[一二三四五六七八九十\d]{1,3}\s*版\s*[)）]")
# An HTML attribute left in the text where a tag was cut (…怎么交class=“”>按月…).
HTML_ATTR_RE = re.compile(r"\s*(?<![A-Za-z])(?:class|style|id|href|src|alt|title|target|width|height)\s*=\s*"
                          r"(?:[“”\"'][^“”\"'<>]{0,60}[“”\"']?\s*/?>?|/?>)")
# A paragraph's closing tag left after its last sentence, its < lost or standing alone (…的考验？/p>, …。</p>):
# markup no reader should see (a line of several tags is unwrapped by normalize.unwrap_paragraph_markup).
BROKEN_CLOSING_TAG_RE = re.compile(r"(?<=[\u4e00-\u9fff。！？，；：”’）)])\s*<?/(?:p|div|span|section|strong|font|b|td)\s*>\s*$")
PAID_MARK_RE = re.compile(r"#{2}(?:paid|free|vip|hide|lock)[a-z]{0,10}#{2}", re.I)
OFFICE_TAG_RE = re.compile(r"</?(?:o|w|v|st1|m):[A-Za-z]+(?:\s[^<>]{0,80})?/?>")
# A page saved from its source: an HTML tag whole, with its attributes (<span style="…">, <img src="…" width=…>, </p>, <br/>),
# left among the text's Chinese words.
HTML_TAG_RE = re.compile(r"</?(?:p|div|span|font|strong|b|i|em|u|section|article|br|img|a|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|"
                         r"center|blockquote|sup|sub|figure|figcaption|label|small|big|hr)(?:\s[^<>\n]{0,400})?\s*/?>", re.I)
# A paragraph's opening tag, bare, before its text (<p>近日，…。, <div>…): layout, whatever follows is prose.
OPENING_TAG_RE = re.compile(r"^\s*<(?:p|div|section|span|strong|br)\s*/?>\s*(?=[\u4e00-\u9fff“][^<>]{8,}[。！？”]\s*(?:</?(?:p|div|section|span|strong)>)?\s*$)", re.I)
SCRIPTED_TAG_RE = re.compile(r"\bon[a-z]+\s*=|javascript\s*:", re.I)
# The attributes of a page's layout (<span style="…">, <img src="…" width=600>, <p class="ql-block">): a tag with these
# alone is the page's dress, taken off; one with any other attribute (<div markdown="1">) is shown as written.
LAYOUT_ATTRS = frozenset("style class width height align src alt border color face size id lang dir title valign".split())
TAG_ATTR_RE = re.compile(r"\s([A-Za-z-]+)\s*(?:=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?")


def layout_tag(tag: str) -> bool:
    return all(a.lower() in LAYOUT_ATTRS for a in TAG_ATTR_RE.findall(tag.rstrip("/>")))
TRIAL_READ_RE = re.compile(r"[（(]试读[)）][.。…]*\s*$")
# A related-list heading glued after a paragraph's last sentence (…阵地就建到哪儿。”相关文档): its list was not saved.
TRAILING_LIST_RE = re.compile(r"(?<=[。！？”])\s*[【\[]?(?:相关|推荐|延伸|更多)(?:文档|文章|阅读|推荐|资料|新闻|内容)[】\]]?[:：]?\s*$")
# A link or an editor's tag in square brackets after the last sentence (…进行部署。【详情】, …的监督检查。【编辑 某某】):
# the page's, not the text's.
TRAILING_TAG_RE = re.compile(r"(?<=[。！？”])\s*[【\[](?:详情|详细|詳細|詳情|全文|阅读全文|查看全文|查看详情|更多)[】\]]\s*$"
                             r"|(?<=[。！？”])\s*【(?:责任编辑|编辑|责编|审核|校对|编审)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}】\s*$")
TRAILING_LIST_ENDS = {"文档", "文章", "阅读", "推荐", "资料", "新闻", "内容"}
# A site's watermark (its name and address) glued after a paragraph's last sentence (…称号。 某某汇 www.example.com).
TRAILING_WATERMARK_RE = re.compile(r"(?<=[。！？”])\s*[\u4e00-\u9fff]{2,10}\s*(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*"
                                   r"\.(?:com|cn|net|org|cc)(?:\.cn)?/?\s*$")


TOKEN_HINT_RE = re.compile(r"[A-Za-z0-9+/][A-Za-z0-9+/]{15}")  # cheap first test: a long enough run at all
# A lone letter of another script between Chinese sentences, left by a PDF tool for a bullet (…影响。Р（三）…).
# (…被选举权。Р 第十七条…: a space may follow it)
STRAY_LETTER_RE = re.compile(r"(?<=[\u4e00-\u9fff。，；：！？）)”:;])[\u0370-\u03ff\u0400-\u04ff](?: (?=[\u4e00-\u9fff（(“])|(?=[\u4e00-\u9fff（(“]))")
OTHER_SCRIPT_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # cheap first test for the above
# A table of contents' dot leader and page number closing a line (一、党费收缴……………2).
LEADER_RE = re.compile(r"(?<=\S)\s*(?:\.{6,}|…{3,}|·{6,})\s*\d{1,3}\s*$")
# A format string's debris (%!(MISSING), …%!。(MISSING)) and a separator after the last sentence (…机制。 -).
# Format-string debris (%!, (MISSING)) and a journal database's mark where the full text begins (<正>, ‹正›).
FORMAT_DEBRIS_RE = re.compile(r"(?<=%)[!！]|[(（]MISSING[)）]|[<‹〈＜][正][>›〉＞]\s*")
# A space after a Chinese sentence's mark inside a paragraph (paragraphs set side by side were split before this).
MARK_SPACE_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff”）])|^)([。！？；，：]) (?=[\u4e00-\u9fff“”（《])")
# The previous and next articles' links run on behind the last sentence of a flat page, an editor's credit in brackets
# before them (…抢修现场。 （某某网要闻部编辑） 上一篇：…[ 07-17 ]下一篇：…[ 07-17 ]).
PREV_NEXT_TAIL_RE = re.compile(r"(?<=[。！？”）)])\s*(?:[（(][^（）()]{2,30}[)）]\s*)?上一篇\s*[:：].{0,100}?下一篇\s*[:：].{0,100}$")
TRAILING_DASH_RE = re.compile(r"(?<=[。！？”）)])\s+[-–—|]\s*$")
# A document or Q&A site's label glued in front of the text (文档介绍：…, 答案：…).
LEAD_LABEL_RE = re.compile(r"^(?:文档介绍|文档简介|内容简介|资料简介|答案|最佳答案|推荐答案|法律分析|律师解答|专家解答)[:：]\s*(?=\S{2}[^\n]{6})")  # (文档介绍：一、组织员制度 1. …)


# A bracketed credit glued in front of the text (【供稿：某某】2021年是…, 【撰稿：…】, 【来源：…】, 【作者：…】): it
# comes off the text; a person's name under 作者, 撰稿 or 供稿 goes to the authors.
LEAD_CREDIT_RE = re.compile(r"^\s*[【\[](作者|撰稿|撰文|供稿|来源|稿源|文|文字|文/图|图/文|通讯员|记者|编辑)\s*[:：/|｜]\s*"
                            r"([^】\]]{1,40})[】\]]\s*(?=\S)")
AUTHOR_LABELS = {"作者", "撰稿", "撰文", "供稿", "文", "文字", "文/图", "图/文", "通讯员", "记者"}


# An outlet's tag in brackets before the lead, perhaps with its day (【本站讯】9月29日上午，…, 【某某网2020年12月8日讯】):
# the outlet, not the text (a column's 【党建通讯】 is no 讯 of an outlet).
LEAD_OUTLET_RE = re.compile(r"^\s*[【\[][^】\]\s]{0,24}?(?:(?<!通)讯|(?<=报)消息)[】\]]\s*(?=\S)")


def strip_lead_credit(line: str, ctx: Context) -> str:
    """Take a bracketed credit off the start of a line of text (LEAD_CREDIT_RE); note its names as authors."""
    m = LEAD_CREDIT_RE.match(line)
    if not m:
        return LEAD_OUTLET_RE.sub("", line, count=1) if ("讯" in line[:28] or "消息】" in line[:12]) else line
    if m.group(1) in AUTHOR_LABELS:
        from .metadata import split_names  # (metadata is the home of names; imported here, where it is needed)
        ctx.authors += [n for n in split_names(m.group(2)) if n not in ctx.authors]
    return line[m.end():]


def strip_loose_attributes(line: str) -> str:
    """Take off HTML attributes left without their tag (…怎么交class=“”>按月…); markup written whole
    (<a href=…>…</a>) is text the page shows and stays, to be shown as written."""
    def cut(m: re.Match) -> str:
        before = line[: m.start()]
        return m.group(0) if before.rfind("<") > before.rfind(">") else ""
    return HTML_ATTR_RE.sub(cut, line)


def strip_lead_byline(line: str, ctx: Context) -> str:
    """Take a byline off the start of a paragraph (LEAD_BYLINE_RE); its names go to the authors. A □ before
    a word that is no name (□□□, a lost character) stays."""
    from .metadata import SURNAMES, split_names  # (metadata is the home of names; imported here, where it is needed)
    m = LEAD_BYLINE_RE.match(line)
    if not m:
        return line
    names = [m.group(1)] if m.group(1) else split_names(m.group(2))
    if not names or any(n[:1] not in SURNAMES for n in names):
        return line
    ctx.authors += [n for n in names if n not in ctx.authors]
    return line[m.end():]


# The names alone in brackets right after a dateline's 讯 (某某网讯（某某某、某某某）…, 某某讯（某某某）…).
DATELINE_NAMES_RE = re.compile(r"^(\s*(?:[^，。（()）]{2,24}?讯|[^，。（()）\s]{2,20}?\d{1,2}日电)\s*)[（(]\s*([\u4e00-\u9fff·]{2,3}(?:\s*[\s、，,]\s*[\u4e00-\u9fff·]{2,3}){0,3})"
                               # (the names, then what they did: （某某某 文/图）)
                               r"(?:\s+(?:文\s*/\s*图|图\s*/\s*文|文图|摄影?))?\s*[)）]\s*(?=\S)")


# … or opening the paragraph with no dateline at all (（某某某）2024年，某某公司…)
OPENING_NAMES_RE = re.compile(r"^\s*[（(]\s*([\u4e00-\u9fff·]{2,3}(?:\s*[\s、，,]\s*[\u4e00-\u9fff·]{2,3}){0,3})\s*[)）]\s*(?=\S{10})")
BRACKET_ROLES = ("实习", "见习", "特约", "记者", "通讯员", "摄影", "实习生")
NOT_NAMES = ("党员", "群众", "干部", "草案", "试行", "节选", "摘要", "续", "待续", "完", "上", "下")
CREDIT_WORDS = ("报道", "供稿", "摄影", "图文", "文图", "撰稿")  # what a credit says besides the names


# The same credit unbracketed after the dateline, set apart by spaces (本报讯 记者某某某报道 近年来…, 某某讯 记者 某某
# 通讯员 某某某 …), or with its opening bracket lost (某某晨报通讯员某某某 首席记者某某)去年以来…): the names go to the authors.
BARE_ROLE = r"(?:本报|特约|首席|见习|实习|学生)?(?:记者|通讯员)"
BARE_DATELINE_CREDIT_RE = re.compile(r"^(\s*[^，。（()）\s]{1,24}?讯)\s*((?:" + BARE_ROLE + r"\s*[:：]?\s*[\u4e00-\u9fff·]{2,3}"
                                     r"(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,3})*\s*){1,4})(?:报道\s*[:：]\s*|(?:报道)?\s+)(?=[\u4e00-\u9fff“\d])")
REPORTED_AFTER_RE = re.compile(r"([\u4e00-\u9fff·]{2,3})报道\s*[:：]?\s*")
# The names after a dateline's 讯, with no role, and their 报道： before the text (本报讯 某某、某某报道：近日，…).
REPORTED_BY_RE = re.compile(r"^(\s*[^，。（()）\s]{1,24}?讯)\s*([\u4e00-\u9fff·]{2,3}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,3}){0,4})"
                            r"\s*报道\s*[:：]\s*(?=\S)")
# The outlets that carried a report and its reporters before 报道： opening the text (《某某报》、某某网 记者某某 报道：9月16日，…):
# the names go to the authors; the lead stays as printed (the genre reads a news report in it).
OUTLET_REPORTER_RE = re.compile(r"^(\s*(?:《[^》]{2,12}》|[\u4e00-\u9fff]{2,12}?(?:报|网|台|社|客户端))(?:\s*[、，,]\s*(?:《[^》]{2,12}》|[\u4e00-\u9fff]{2,12}?(?:报|网|台|社|客户端)))*)"
                                r"\s*(?:" + BARE_ROLE + r")\s*([\u4e00-\u9fff·]{2,3}(?:\s*[、，,\s]\s*(?:" + BARE_ROLE + r")?\s*[\u4e00-\u9fff·]{2,3}){0,3})"
                                r"\s*报道\s*[:：]\s*(?=\S)")
UNOPENED_CREDIT_RE = re.compile(r"^(\s*[^，。（()）\s]{2,24}?)((?:" + BARE_ROLE + r"\s*[:：]?\s*[\u4e00-\u9fff·]{2,3}\s*){1,4})"
                                r"(?:报道)?[)）]\s*(?=[\u4e00-\u9fff“])")
# Reporters' roles and names opening the text with no dateline, then 报道： (记者某某通讯员某某报道：9月1日，…): the names go to
# the authors, the credit goes; the text begins after it.
OPENING_REPORTERS_RE = re.compile(r"^\s*((?:" + BARE_ROLE + r"\s*[:：]?\s*[\u4e00-\u9fff·]{2,3}?(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,3}?){0,3}\s*){1,4})"
                                  r"报道\s*[:：]\s*(?=\S)")
# An outlet's name before the reporters that open the text (某某网 通讯员某某 报道：…, 某某日报记者某某 报道：…).
OUTLET_BEFORE_ROLE_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?(?:网|日报|报|电视台|广播电视台|融媒体中心|客户端))\s*(?=(?:本报|本网|特约|首席|见习|实习)?(?:记者|通讯员))")
# A site's address in brackets after the dateline that names it (某某财经网讯 (www.example.com)某某…).
DATELINE_ADDRESS_RE = re.compile(r"(?<=讯)\s*[(（]\s*(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
                                 r"\.(?:com|cn|net|org|gov|edu|cc|info)(?:\.cn)?/?\s*[)）]\s*", re.I)


# Roles and names opening a paragraph with no dateline, set apart by spaces (通讯员：某某 摄影：某某 为深入…): who reported
# and who photographed, not the text.
OPENING_ROLE_CREDIT_RE = re.compile(r"^\s*((?:(?:" + BARE_ROLE + r"|摄影|摄|文|图|文字|图片|文/图|图/文|撰稿|撰文|供稿|编辑)"
                                    r"\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s+){1,4})(?=[\u4e00-\u9fff“])")
WRITER_ROLE_RE = re.compile(BARE_ROLE + r"|文|文字|文/图|图/文|撰稿|撰文")


# A reporter's credit in round brackets naming the outlet and that the report was gathered (（某某台记者某某某综合报导）).
# A bracket of units and their writers' names before what they did, opening a paragraph: every unit a space from its name.
UNIT_CREDIT_LEAD_RE = re.compile(r"^\s*[（(]\s*((?:[\u4e00-\u9fff]{2,20}\s+[\u4e00-\u9fff·]{2,4}\s*[，,、；;]?\s*){1,4}?)\s*"
                                 r"(?:供稿|供图|文图|图文|文[/／]图|图[/／]文|[/／]?文)\s*[)）]\s*(?=\S)")
GATHERED_CREDIT_RE = re.compile(r"^\s*[（(]\s*[\u4e00-\u9fff]{2,8}?记者\s*([\u4e00-\u9fff·]{2,3}?)\s*(?:综合|编译|采访)?报[导道]\s*[)）]\s*(?=\S)")


# A reporter's credit in tortoise-shell or square brackets opening the report, the way papers in Taiwan and Hong Kong
# set it (〔记者某某某／台北报导〕, 【记者某某某综合报导】, 〔中央社记者某某某台北1日电〕): the credit goes, the
# names written apart (before a ／, or before 综合报导) to the authors.
SHELL_CREDIT_RE = re.compile(r"^\s*[〔【\[]\s*(?:[\u4e00-\u9fff]{1,6}?社)?(?:特派|驻[\u4e00-\u9fff]{1,4})?(?:记者|编译|特派员|通讯员)\s*"
                             r"(?:([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[/／]\s*[\u4e00-\u9fff]{0,10}?"
                             r"|([\u4e00-\u9fff·]{2,3}(?:[、，,\s]+[\u4e00-\u9fff·]{2,3}){0,3})\s*(?=综合)|[\u4e00-\u9fff·]{2,12}?)"
                             r"(?:综合)?(?:报导|报道|\d{1,2}日电|电)\s*[〕】\]]\s*(?=\S)")


# A photo's credit glued before the first words of a paragraph (某某宣 供图据了解，…, 某某 供图 近日，…): the picture's, no text.
PHOTO_CREDIT_LEAD_RE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,8}(?:\s+供图\s*|供图\s*(?=据|近日|日前|今年|去年|\d))(?=[\u4e00-\u9fff“\d])")
# A news agency's credit, dateline and all, in round brackets opening the report, the way papers in Taiwan print it
# (（中央社记者某某台北22日电）, （某某社特派记者某某某东京5日专电）): the name to the authors, the agency to the source.
AGENCY_CREDIT_RE = re.compile(r"^\s*[（(]\s*([\u4e00-\u9fff]{1,6}?社)(?:特派|驻[\u4e00-\u9fff]{1,4})?(?:记者|特派员)\s*([\u4e00-\u9fff·]{2,3})"
                              r"\s*[\u4e00-\u9fff]{2,5}?\s*\d{1,2}\s*日\s*(?:专|综合)?电\s*[)）]\s*(?=\S)")
# A credit in brackets (（记者 某某）), and in it a two-character name set out to the width of three (李 媛, 王　强), as papers
# print bylines: one name, its space closed up where its first character is a surname.
CREDIT_BRACKET_RE = re.compile(r"[（(]([^（）()]{0,30}(?:记者|通讯员|作者|文|摄|编辑)[^（）()]{0,30})[)）]")
SPACED_NAME_RE = re.compile(r"(?:(?<=^)|(?<=[\s、，,/／:：]))([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=$|[\s、，,])")


def close_spaced_names(line: str) -> str:
    """The line with the two-character names in its bracketed credits closed up (（记者 李 媛） → （记者 李媛）)."""
    from .metadata import SURNAMES

    def close(m: re.Match) -> str:
        inner = SPACED_NAME_RE.sub(lambda n: n.group(1) + n.group(2) if n.group(1) in SURNAMES else n.group(0), m.group(1))
        return m.group(0).replace(m.group(1), inner)

    return CREDIT_BRACKET_RE.sub(close, line)


# A bracket of reporters' roles and names opening the paragraph or after its dateline, however the dateline is
# worded (本报北京今日电, 某 某 网 讯): metadata.role_credit_names says whether the bracket is that.
LEAD_ROLE_CREDIT_RE = re.compile(r"^(\s*[^，。（()）\n]{0,24}?(?:讯|电|报道)\s*|\s*[^，。（()）\s]{2,12}?)?([（(][^（()）\n]{3,60}[)）])\s*(?=\S|$)")
# A dateline set out letter by letter (大 西 北 网 讯): closed up.
SPACED_DATELINE_RE = re.compile(r"^(\s*)((?:[\u4e00-\u9fff][ \u3000]){2,10}讯)(?=[\s（(])")


def strip_dateline_credit(line: str, ctx: Context) -> str:
    """Take a bracketed credit off a paragraph's dateline or start (DATELINE_CREDIT_RE, or the names alone after a
    dateline's 讯 or opening the paragraph: DATELINE_NAMES_RE, OPENING_NAMES_RE); the names written apart go to
    the authors."""
    from .metadata import SURNAMES, role_credit_names  # (metadata is the home of names; imported here, where it is needed)
    if " " in line[:60] or "\u3000" in line[:60]:
        line = SPACED_DATELINE_RE.sub(lambda d: d.group(1) + re.sub(r"[ \u3000]", "", d.group(2)), line)
        line = close_spaced_names(line)
    if line.lstrip()[:1] in "（(" and (opening := OPENING_NAMES_RE.match(line)):
        names = [n for n in re.split(r"[\s、，,]+", opening.group(1)) if n]
        if all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return line[opening.end():]
    outlet = OUTLET_BEFORE_ROLE_RE.match(line) if ("网" in line[:14] or "报" in line[:14] or "台" in line[:14]) else None
    rest = line[outlet.end():] if outlet else line
    if rest.lstrip()[:1] in "记通本特首见实学" and (reporters := OPENING_REPORTERS_RE.match(rest)):
        names = [n for n in re.split(r"[\s、，,:：]+", re.sub(BARE_ROLE, " ", reporters.group(1))) if n]
        if names and all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            if outlet:  # 某某网 通讯员某某 报道：…: the outlet that ran the report, its name before the reporters'
                ctx.source_name = ctx.source_name or outlet.group(1)
            return rest[reporters.end():]
    if (opening_roles := OPENING_ROLE_CREDIT_RE.match(line)):
        pairs = re.findall(r"(\S+?)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})", opening_roles.group(1))
        if pairs and all(name[:1] in SURNAMES and name not in NOT_NAMES for _, name in pairs):
            ctx.authors += [name for role, name in pairs if WRITER_ROLE_RE.fullmatch(role) and name not in ctx.authors]
            return line[opening_roles.end():]
    if line.lstrip()[:1] in "（(" and (units := UNIT_CREDIT_LEAD_RE.match(line)):
        # (（某某公司 某某，某某部 某某供稿）, （某某学院 某某 文图） opening the text: each unit with its writer)
        names = [chunk.split()[-1] for chunk in re.split(r"[，,、；;]", units.group(1)) if chunk.strip()]
        if names and all(2 <= len(n) <= 4 and n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return line[units.end():]
    if line.lstrip()[:1] in "（(" and (gathered := GATHERED_CREDIT_RE.match(line)):
        if gathered.group(1)[:1] in SURNAMES and gathered.group(1) not in ctx.authors:
            ctx.authors.append(gathered.group(1))
        return line[gathered.end():]
    if "供图" in line[:14] and (photo := PHOTO_CREDIT_LEAD_RE.match(line)) and len(line) - photo.end() >= 20:
        line = line[photo.end():]
    if line.lstrip()[:1] in "（(" and (agency := AGENCY_CREDIT_RE.match(line)):
        if agency.group(2)[:1] in SURNAMES and agency.group(2) not in ctx.authors:
            ctx.authors.append(agency.group(2))
        ctx.source_name = ctx.source_name or agency.group(1)
        return line[agency.end():]
    if line.lstrip()[:1] in "〔【[" and (shell := SHELL_CREDIT_RE.match(line)):
        names = [n for n in re.split(r"[\s、，,]+", shell.group(1) or shell.group(2) or "") if n]
        if all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
        return line[shell.end():]
    if (lead := LEAD_ROLE_CREDIT_RE.match(line)) and (names := role_credit_names(lead.group(2))):
        # 本报北京今日电(驻京记者 某某 某某), 某某网讯 (记者某某特约记者某某): reporters' roles and names only
        ctx.authors += [n for n in names if n not in ctx.authors]
        head = (lead.group(1) or "").rstrip()  # (the outlet's name before it, 某某融媒, stands a space from the text)
        rest = line[lead.end():]
        return ((head + ("" if rest[:1] in "：:，," else " ") if head else "") + rest).rstrip()  # (某某消息（…）：9月1日，…)
    m = DATELINE_CREDIT_RE.match(line)
    if not m and (unbracketed := BARE_DATELINE_CREDIT_RE.match(line) or UNOPENED_CREDIT_RE.match(line)):
        names = [n for n in re.split(r"[\s、，,:：]+", re.sub(BARE_ROLE, " ", unbracketed.group(2))) if n]
        end = unbracketed.end()
        if unbracketed.re is BARE_DATELINE_CREDIT_RE and (more := REPORTED_AFTER_RE.match(line, end)) \
                and more.group(1)[:1] in SURNAMES:
            names.append(more.group(1))  # (本报讯 记者某某 某某某报道 日前，…: the last name glued to its 报道)
            end = more.end()
        if names and all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return unbracketed.group(1) + (" " if unbracketed.re is BARE_DATELINE_CREDIT_RE else "") + line[end:]
    if not m and (outlets := OUTLET_REPORTER_RE.match(line)):
        names = [n for n in re.split(r"[\s、，,]+", re.sub(BARE_ROLE, " ", outlets.group(2))) if n]
        if names and all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return line  # (the lead stays as the paper printed it: its 记者…报道 tells a report, as a dateline does)
    if not m and (reported := REPORTED_BY_RE.match(line)):
        names = [n for n in re.split(r"[\s、，,]+", reported.group(2)) if n]
        if names and all(n[:1] in SURNAMES and n not in NOT_NAMES for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return after_dateline(reported.group(1)) + line[reported.end():]
    if not m and (bare := DATELINE_NAMES_RE.match(line)):
        # (a role may stand between the names: （某某 实习 某某某 某某）, the intern's name after it)
        names = [n for n in re.split(r"[\s、，,]+", bare.group(2)) if n and n not in BRACKET_ROLES]
        if names and all(n in CREDIT_WORDS for n in names) and len(names) < len(re.split(r"[\s、，,]+", bare.group(2).strip())):
            return after_dateline(bare.group(1)) + line[bare.end():]  # （通讯员 报道）: a credit whose name the page lost
        if names and all(n[:1] in SURNAMES and n not in CREDIT_WORDS for n in names):
            ctx.authors += [n for n in names if n not in ctx.authors]
            return after_dateline(bare.group(1)) + line[bare.end():]
    if not m:
        return line
    parts = [n for p in CREDIT_PART_RE.findall(m.group(2)) for n in re.split(r"[\s、，,]+", p) if n]
    if parts and all(p in CREDIT_WORDS for p in parts):
        return after_dateline(m.group(1)) + line[m.end():]  # （通讯员 报道）: a credit whose name the page lost
    parts = [p for p in parts if p not in CREDIT_WORDS]
    # a reporter's credit right after the dateline (本报讯（记者 某某）) is one whatever the surname (the list has
    # the common ones only); elsewhere a bracket of names needs known surnames to be taken for a credit
    reporters = m.group(1).rstrip().endswith(("讯", "电")) and re.search(r"记者|通讯员", m.group(2)) \
        and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", p) for p in parts)
    if not parts or (any(p[:1] not in SURNAMES for p in parts) and not reporters):
        return line
    from .metadata import stamped_names  # (two names run together, 李某某王某某: parted where the second surname stands)
    parts = [n for p in parts for n in (stamped_names(p) if len(p) == 6 else [p])]
    ctx.authors += [p for p in parts if len(p) <= 3 and p not in ctx.authors]  # (某某某某某: two names unparted)
    return (after_dateline(m.group(1)) + line[m.end():]).rstrip()  # (the dateline alone on its line: 某某网讯（记者 某某）)


def after_dateline(dateline: str) -> str:
    """The dateline as it stands before the text once the credit is gone, set apart by a space where the credit stood
    (新华社北京9月27日电 某某…, 本报讯 近日…, 某某日报讯 “…”: a paper's 讯 run on to a quotation reads as one word)."""
    return dateline.rstrip() + " " if dateline.rstrip().endswith(("电", "讯")) else dateline


def strip_trailing_bare_credit(line: str, ctx: Context) -> str:
    """Take an unbracketed credit off the end of a paragraph (TRAILING_BARE_CREDIT_RE)."""
    m = TRAILING_BARE_CREDIT_RE.search(line)
    return line[: m.start()] if m else line


# Adult spam a hijacked page put in place of a unit's name inside a sentence (…提高党员发展质量，某某少妇某某一区R级无码视频
# 人文学院推行…): two or more such words run together, a few characters between them.
# (its lead-in whole: 国内精品视频一区二区三区, not 国内精 left behind)
ADULT_RUN_RE = re.compile(r"(?:(?:国内|国产|亚洲|日本|韩国)?精品(?:视频|影院|影视)?)?"
                          r"(?:[\u4e00-\u9fff]{0,3}?(?:少妇|熟女|人妻|无码|一区|二区|三区|R级|午夜|色情|激情|日韩|欧美)){2,}"
                          r"(?:视频|电影|影院|在线观看|免费观看|精品)?")
ADULT_HINT_RE = re.compile(r"少妇|熟女|人妻|无码|一区|二区|三区|R级|午夜|色情|激情|日韩|欧美")


def strip_adult_run(text: str) -> str:
    return ADULT_RUN_RE.sub("", text) if ADULT_HINT_RE.search(text) else text


# A betting brand stuffed in twice, the second time with its site word (某某体育，某某体育平台 in place of a unit's name).
STUFFED_BRAND_RE = re.compile(r"([\u4e00-\u9fff]{0,4}(?:体育|娱乐|彩票|棋牌|皇冠|威尼斯人?|葡京|金沙|永利|太阳城))[，,、]\s?\1"
                              r"(?:官方网站|官网|平台|网址|入口|app|APP)")
STUFFED_HINT_RE = re.compile(r"官网|官方网站|平台|网址|入口|app|APP")


# A betting site put in place of the unit acting, at a clause's start: a gambling word and the site's word
# (某某棋牌官网入口2017年研究生党支部…, 某某游戏唯一官方网站党支部联合…, 某某集团贵宾会首页召开了…) or a Latin
# name and 官方网站 (某某hill官方网站党总支副书记…), with the sentence running on after it.
GAMBLING_WORDS = (r"棋牌|游戏|皇冠|菠菜|娱乐|彩票|真人|捕鱼|百家乐|老虎机|赌|博彩|贵宾会|美高梅|威尼斯|葡京|金沙|永利|太阳集团"
                  r"|太阳城|新濠|澳门|担保")
SPAM_SUBJECT_RE = re.compile(r"(?:(?<=^)|(?<=[。，,；！？：:\s日]))"
                             r"(?:[a-z]{4,12}|(?:[A-Za-z]{1,6}\d{2,6})?[\u4e00-\u9fffA-Za-z0-9]{0,3}?(?:" + GAMBLING_WORDS + r")[\u4e00-\u9fffA-Za-z0-9]{0,6}?)"
                             r"(?:唯一官方网站|官方网站|官网入口|官方入口|登录入口|官网|首页|网页版|手机版|论坛大全|导航网|导航)[:：]?"
                             r"(?=[\u4e00-\u9fff“《\d])(?!入口)")
SPAM_SUBJECT_HINT_RE = re.compile(r"官方网站|官网|首页|网页版|手机版|论坛大全|导航|博彩|百家乐|老虎机|菠菜|登录入口|官方入口")
# … or an app's login or download entrance where a clause begins (某某体育app在线登录入口：一场…): a hijacked page's link
APP_ENTRY_RE = re.compile(r"(?:(?<=^)|(?<=[。，,；！？：:\s]))[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:app|APP|App)\s*(?:在线|官方|手机版|最新版)?"
                          r"(?:登录|登陆|注册|下载)入口\s*[:：]?\s*")
# … or a gambling site by its own word for itself (中文博彩平台 in place of the unit acting: …，某某博彩平台审计局派出…)
GAMBLING_SITE_RE = re.compile(r"(?<!非法)(?<!境外)(?<!网络)(?<!打击)(?<!远离)[\u4e00-\u9fffA-Za-z0-9]{0,2}(?:博彩|百家乐|老虎机|菠菜)(?:平台|网站|公司|集团)"
                              # (where a unit's name or a year goes on: …平台审计局派出…, …平台2021年度…)
                              r"(?=\d|[\u4e00-\u9fff]{0,6}?(?:局|委|部|处|厅|院|所|办|公司|集团|党|支部|中心|学校|大学|医院))")


# A betting site's name as such sites now style it, with (中国) and 官方网站 (某某半岛·(中国)官方网站, 某某体育(中国)官网-…版):
# no unit names itself so. Only where a clause or the line begins: elsewhere its first characters cannot be told from the text's.
CHINA_OFFICIAL_SITE_RE = re.compile(r"(?:(?<=^)|(?<=[。，,；;！？：:\s“”（(【]))[A-Za-z0-9\u4e00-\u9fff]{1,10}?\s*[·•]?\s*[（(]\s*中国(?:大陆|内地)?\s*[)）]\s*(?:官方网站|官网|官方平台)"
                                    r"(?:\s*[-—–_]\s*[A-Za-z0-9\u4e00-\u9fff/]{0,16}?(?:版|下载|入口|平台|app|APP))?")


# A lottery tips site's name in book-title marks in place of a subject (…建设情况、《某某天天开彩免费资料大全新版》议政…): no
# party text names such a book (a lottery's own rules, 《某某彩票发行管理办法》, are not among these words).
LOTTERY_TITLE_RE = re.compile(r"《[^《》]{0,12}(?:天天开彩|开奖结果|开奖记录|六合彩|特马|彩资料|免费资料大全|资料大全免费)[^《》]{0,12}》")


def strip_spam_brands(text: str) -> str:
    """The text without the gambling brands a hijacked page put in it (in a sentence or in the title)."""
    if "《" in text and ("彩" in text or "资料" in text or "特马" in text) and LOTTERY_TITLE_RE.search(text):
        text = LOTTERY_TITLE_RE.sub("", text)
    if "入口" in text and APP_ENTRY_RE.search(text):
        text = APP_ENTRY_RE.sub("", text)
    if SPAM_SUBJECT_HINT_RE.search(text):
        text = GAMBLING_SITE_RE.sub("", SPAM_SUBJECT_RE.sub("", text))
    if ("体育" in text or "娱乐" in text or "彩票" in text or "棋牌" in text or SPAM_BRAND_HINT_RE.search(text)) \
            and STUFFED_HINT_RE.search(text):
        text = STUFFED_BRAND_RE.sub("", text)
    if SPAM_HINT_RE.search(text) and SPAM_BRAND_HINT_RE.search(text):
        text = SPAM_BRAND_RE.sub("", text)
    if SPAM_BRAND4_HINT_RE.search(text):  # (before the older brands: 乐鱼体育2088官网 goes whole)
        text = SPAM_BRAND4_RE.sub("", text)
    if SPAM_BRAND2_HINT_RE.search(text):
        text = SPAM_BRAND2_RE.sub("", text)
    if ("官" in text or "最新版" in text or "官方版" in text or "娱" in text or "欢乐城" in text or "vip" in text
            or "登录" in text or "注册" in text) and SPAM_BRAND3_HINT_RE.search(text):
        text = SPAM_BRAND3_RE.sub("", text)
    if "中国" in text and ("官方" in text or "官网" in text):  # (last: the brands above are taken more exactly)
        text = CHINA_OFFICIAL_SITE_RE.sub("", text)
    return text


# (文/摄影 某某: the writer took the photographs too; the role is never the name)
# Roles in a credit besides the writer's (the names after them are not the writer's, or have their own role).
CREDIT_ROLES = r"(?:审核|审稿|审校|校对|编辑|责编|摄影|摄像|图片|实习生|见习|实习|记者|通讯员|供稿|撰稿|监制|统筹)"
CREDIT_AUTHOR_RE = re.compile(r"(?:^|[\s(（])(?:(?:文|文字)\s*[/／]\s*摄影?\s*[:：]?|(?:文|文字|文/图|图/文|图文|文图|作者|撰稿|记者|通讯员)\s*[/／:：]"
                              # (a reporter's role and name a space apart: （记者 某某）, （见习记者 某某某）)
                              # (perhaps after its outlet: （某报记者 某某 通讯员 某某）)
                              # (or after its app: （某某日报客户端记者 某某 某某 通讯员 某某）)
                              r"|(?:[\u4e00-\u9fff]{1,6}?(?:报|网|台|社)(?:客户端|APP|app|新闻客户端)?)?(?:见习|实习|特约)?(?:记者|通讯员)\s|实习生\s|作者\s)"
                              # (names after it, a space apart: 文：某某 某某某 某某; another role ends them: 审核人 某某)
                              r"\s*(?!摄影|图片|编辑)([\u4e00-\u9fff·]{2,4}(?:\s(?!" + CREDIT_ROLES + r")[\u4e00-\u9fff·]{2,4}(?![\u4e00-\u9fff:：/／]))*)(?![\u4e00-\u9fff])")


# A writer's name before the role (某某/文, 某某／撰稿): the name goes to the authors.
NAME_ROLE_WRITER_RE = re.compile(r"([\u4e00-\u9fff·]{2,4})\s*[/／]\s*(?:文字?|撰稿)(?![\u4e00-\u9fff])")


CREDIT_WORD_RE = re.compile(r"记者|通讯员|编辑|责编|摄影|摄|作者|供稿|撰稿|审核|校对|文/|图/")


def strip_trailing_credit(line: str, ctx: Context) -> str:
    """Take a bracketed credit off the end of a paragraph (TRAILING_CREDIT_RE); the writer's name, given with
    文/作者/记者 or alone, goes to the authors (a photographer's, an editor's or a unit's does not)."""
    if (" " in line[-40:] or "\u3000" in line[-40:]) and (opened := max(line.rfind("（"), line.rfind("("))) >= 0:
        line = line[:opened] + close_spaced_names(line[opened:])
    m = TRAILING_CREDIT_RE.search(line)
    if not m:
        return line
    credit = m.group(0).strip().strip("（()）").strip()
    names = [n for group in CREDIT_AUTHOR_RE.findall(credit) for n in group.split()] + NAME_ROLE_WRITER_RE.findall(credit)
    if re.fullmatch(r"[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,2}", credit) and credit not in CREDITED_DEPARTMENTS:
        credit = credit.replace(" ", "")
        from .metadata import SURNAMES  # (metadata is the home of names; imported here, where it is needed)
        if credit[0] not in SURNAMES or END_MARK_RE.search(credit):  # (（全文完）: 全 is a surname, 全文完 no one)
            if SHORT_DEPARTMENT_RE.fullmatch(credit):
                return line[: m.start()]  # （工宣）, （党办）: the department that sent it, no writer
            return line  # （待续）, （节选）: no name
        names = [credit]  # （某某某）: the writer's bare name
    elif re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:\s*[\s、，,]\s*[\u4e00-\u9fff]{2,3}){1,7}", bare := NAMES_DID_RE.sub("", credit)) \
            and not CREDIT_WORD_RE.search(bare):  # (（编辑 某某 某某）, （某某 通讯员 某某）: a credit by its role)
        from .metadata import SURNAMES
        names = [n for n in re.split(r"[\s、，,]+", bare) if n]
        if any(n[0] not in SURNAMES for n in names):
            return line  # （党员、群众）: people named by what they are
    if not names:
        from .metadata import SURNAMES, role_credit_names
        names = role_credit_names(credit)  # (记者某某): the role and the name glued together
        if not names and (people := UNIT_PEOPLE_RE.fullmatch(credit)):  # (某某公司行政管理部 某某): the unit's writers
            found = [n for n in re.split(r"[\s、，,]+", people.group(1)) if n]
            names = found if all(n[0] in SURNAMES for n in found) else []
    ctx.authors += [n for n in names if n not in ctx.authors]
    if not ctx.source_name and (outlet := TRAILING_OUTLET_RE.fullmatch(credit)):
        ctx.source_name = outlet.group(0)  # （某某烟草报）: the paper it was taken from
    return line[: m.start()]


# A photographer's credit closing a picture's caption after its sentence, unbracketed (…讲话。新华社记者某某某 摄).
TRAILING_PHOTO_CREDIT_RE = re.compile(r"(?<=[。！？”])\s*(?:[\u4e00-\u9fff]{0,8}?(?:社|报|网|台))?(?:特约|首席|本报)?(?:记者|通讯员)\s*"
                                      r"([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2})\s*摄$")
# (what the names did, after them: 某某 某某 文\图)
NAMES_DID_RE = re.compile(r"\s+(?:文[/／\\]图|图[/／\\]文|文图|图文)$")
UNIT_PEOPLE_RE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:公司|集团|院|队|局|厂|站|中心|大学|学院|学校|医院|所|处|科|办|室|社区|街道|部)"
                            r"\s+([\u4e00-\u9fff]{2,3}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,3}){0,3})")
TRAILING_OUTLET_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|时报|商报|报|周刊|杂志|通讯社|新闻网)")


CREDITED_DEPARTMENTS = ("政治部", "政工部", "党群部", "宣传部", "组织部")
# A department's short name as a credit (（工宣）, （党办）, （团委）): no surname opens it, a unit's word ends it.
SHORT_DEPARTMENT_RE = re.compile(r"[\u4e00-\u9fff]{1,3}[办委部处科室宣组]")
END_MARK_RE = re.compile(r"[完续终]$")
LONE_BRACKET_RE = re.compile(r"^\s*[（(][^（()）]{1,40}[)）]\s*$")


def previous_ends_sentence(lines: list[str], n: int) -> bool:
    """The last line with text before line n ends a sentence."""
    before = next((l.strip() for l in reversed(lines[:n]) if l.strip()), "")
    return before[-1:] in ("。", "！", "？", "”", "!", "?")


# A bullet set before one paragraph of running text (  • 某某集团党委认真贯彻落实…。): layout, not a list.
LONE_BULLET_RE = re.compile(r"^\s*[•·●▪◆■]\s*(?=\S.{38,}[。！？”]\s*$)")


def lone_bullets(lines: list[str]) -> set[int]:
    """The lines of running text opening with a bullet that no line beside them shares (a list's items do)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    marks = {i: lines[i].lstrip()[:1] for i in filled}
    out = set()
    for k, i in enumerate(filled):
        if marks[i] in "•·●▪◆■" and LONE_BULLET_RE.match(lines[i]):
            around = [marks[j] for j in filled[max(0, k - 1):k] + filled[k + 1:k + 2]]
            if marks[i] not in around:
                out.add(i)
    return out


# An encyclopedia's note marks after a sentence (…规划》。 [1]党支部是…, …落到实处。[2]): its references are not on
# the page; a paper's own [1] before the full stop (…研究表明[1]。) and a reference list's [1] opening a line stay.
MID_NOTE_MARK_RE = re.compile(r"[\u4e00-\u9fff”》）)]\[\d{1,3}(?:[-–,，]\d{1,3})*\][，；、,;]")
REFERENCES_HEAD_RE = re.compile(r"^\s*[【\[]?\s*(?:参考文献|注释|注释与参考文献)\s*[】\]]?\s*[:：]?\s*$")
NOTE_MARK_RE = re.compile(r"(?<=[。！？”])\s*\[\d{1,3}(?:[-–,，]\d{1,3})*\](?=\s*[\u4e00-\u9fff“《（(]|\s*$)")


# A converted document's page counter (page / pages) glued to the start of a page's first line, before its words.
PAGE_OF_LEAD_RE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})(?=[\u4e00-\u9fff])")
# Question marks left where a wrong decoding lost a character (a bullet, a full-width space) before a heading's number.
LOST_BEFORE_HEADING_RE = re.compile(r"^[?？\ufffd]+\s*(?=[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、．])")


# The places of two or more pictures the page lost, at a paragraph's start (图(1) 图(2) 图(3) 2011年7月，…).
FIGURE_MARKS_RE = re.compile(r"^(?:[（(]?图\s*[（(]?\d{1,2}[)）]\s*){2,}")


# What a feed or a social post leaves behind its text: an aggregator's teaser ending (… ... read full story), a
# microblog's short link with its hashtags (…志愿服务队。http://t.cn/Ab12Cd#某某话题#).
FEED_TAIL_RE = re.compile(r"\s*(?:\.{3}|…+)\s*(?i:read\s+(?:the\s+)?(?:full|more)(?:\s+(?:story|article))?)\s*$"
                          r"|\s*(?:https?://)?t\.cn/[A-Za-z0-9]{4,12}(?:\s*#[^#\s]{1,30}#)*\s*$")


SSI_ERROR_RE = re.compile(r"\[\s*an error occurred while processing (?:this|the) directive\s*\]", re.I)


# A space where a PDF's line ended, left inside a paragraph when its lines were joined (实践方 式, 瓦解了 集体经济).
WRAP_SEAM_RE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”（）()\d]) (?=[\u4e00-\u9fff，。、；：“”（）()])|(?<=\d-) (?=\d)")
SEAM_WIDTH_MIN = 15
SEAM_SLACK = 3


def wrap_seams_width(lines: list[str]) -> int | None:
    """The width of the lines a PDF's text was joined from, where the seams it left inside paragraphs fall at it
    (or at twice or three times it, a seam lost to a mark): at least three spacings, three in four of them at that width."""
    gaps = []
    for line in lines:
        if len(line) >= 2 * SEAM_WIDTH_MIN and " " in line:
            at = [m.start() for m in WRAP_SEAM_RE.finditer(line)]
            gaps += [b - a for a, b in zip(at, at[1:])]
    if len(gaps) < 3:
        return None
    width = sorted(gaps)[len(gaps) // 2]
    fits = sum(1 for g in gaps if min(abs(g - k * width) for k in (1, 2, 3)) <= SEAM_SLACK)
    return width if width >= SEAM_WIDTH_MIN and fits * 4 >= len(gaps) * 3 else None


def remove_wrap_seams(lines: list[str], ctx: Context) -> list[str]:
    width = wrap_seams_width(lines) if any(" " in l for l in lines) else None
    if width is None:
        return lines
    out = []
    for line in lines:
        new = WRAP_SEAM_RE.sub("", line) if len(line) >= 2 * width else line
        if new != line:
            ctx.changed("wrap-seam", line, new)
        out.append(new)
    return out


# A reporter's credit after the last sentence, a space apart (…胜利召开。 记者某某某, …。 本报记者 某某 某某).
TRAILING_REPORTER_RE = re.compile(r"(?<=[。！？”])\s+(?:本报|本台|本网)?(?:全媒体|融媒体|见习|实习|特约)?记者\s*"
                                  r"([\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3})\s*$")


def unescape_quotes(line: str) -> str:
    """A quote escaped for a script (\\") in Chinese text: the closing quote where one is open before it, else the opening."""
    out, at = [], 0
    for m in re.finditer(r'\\+"', line):
        out.append(line[at:m.start()])
        before = "".join(out)
        out.append("”" if before.count("“") > before.count("”") else "“")
        at = m.end()
    return "".join(out) + line[at:]


def remove_inline_debris(lines: list[str], ctx: Context) -> list[str]:
    """Remove anti-copy symbol runs, decorative symbols and gambling-spam brand names inside lines."""
    lines = remove_wrap_seams(lines, ctx)
    out = []
    bullets = lone_bullets(lines) if any(line.lstrip()[:1] in "•·●▪◆■" for line in lines) else set()
    # a paper's own note marks, in its sentences too (…研究[3]，…) or with its reference list on the page: the marks
    # after its full stops are its as well, kept like the others (an encyclopedia's marks stand after sentences only)
    papers_marks = any("[" in l and "]" in l for l in lines) and (
        sum(1 for l in lines if "[" in l and MID_NOTE_MARK_RE.search(l)) >= 2
        or any(REFERENCES_HEAD_RE.match(l) for l in lines if "参考文献" in l or "注释" in l))
    for n, line in enumerate(lines):
        new = LONE_BULLET_RE.sub("", line) if n in bullets else line
        row = new.lstrip()[:1] == "|" and new.count("|") >= 3  # (a table's row of figures: | 人数 | 7 | 17 | 0 |)
        if " " in new and not row and (ANTI_COPY_HINT_RE.search(new) or ANTI_COPY_LOOSE_HINT_RE.search(new)):
            stripped = strip_loose_anti_copy(ANTI_COPY_RE.sub("", new))
            if stripped != new:  # the spaces that held the run are gone with it
                new = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", stripped).rstrip()
        if new[-1:] > " " and new[-1:].isascii() and " " in new[-12:] and not new.isascii() and not row:
            new = strip_anti_copy_tail(new)
        if not line.isascii() and DECORATION_RE.search(new):
            new = DECORATION_RE.sub("", new)
        if SHAPES_HINT_RE.search(new) and not SHAPES_HINT_RE.match(new.strip()[:1]):  # (not ★感悟初心★, a heading)
            new = STREWN_SHAPES_RE.sub("", new)
        new = strip_adult_run(strip_spam_brands(new))  # (a line of spam alone went as junk: boilerplate)
        if "directive" in new:  # a web server's include that failed, printed where the page's part should stand
            new = SSI_ERROR_RE.sub("", new).strip()
        if "=" in new and HTML_ATTR_RE.search(new):
            new = strip_loose_attributes(new)
        if "##" in new:
            new = PAID_MARK_RE.sub("", new)  # 组##paidbegin##织: a paywall's marker inside a word
        if "<" in new and ":" in new:
            new = OFFICE_TAG_RE.sub("", new)  # <o:p></o:p>: a word processor's tags pasted with the text
        if '\\"' in new and not new.isascii():
            new = unescape_quotes(new)  # 两张皮\"现象: a script's escaped quote for the closing quote the page lost
        if "<" in new and ">" in new and not new.isascii() and (tags := HTML_TAG_RE.findall(new)) \
                and (len(tags) >= 3 or any(" " in t for t in tags)) and not SCRIPTED_TAG_RE.search(new):  # (用<p>标签分段: one bare tag is a word)
            # (<span style="font-size:16px;">…: a page saved with its source's tags; a line with a script in a tag,
            # onerror=… or javascript:…, is shown as written, so that whoever reads the page sees what was there)
            new = HTML_TAG_RE.sub(lambda m: "" if layout_tag(m.group(0)) else m.group(0), new)
        if new.lstrip()[:1] == "<" and (opening := OPENING_TAG_RE.match(new)):
            new = new[opening.end():]  # <p>近日，…。: a paragraph's opening tag kept when the page was saved
        if new.endswith(">"):
            new = BROKEN_CLOSING_TAG_RE.sub("", new)
        if "http" in new:
            new = TRAILING_SOURCE_RE.sub("", new)
        if "." in new[-40:] and new[-1:] not in "。！？”":
            new = TRAILING_WATERMARK_RE.sub("", new)
        if new[-2:] in TRAILING_LIST_ENDS:
            new = TRAILING_LIST_RE.sub("", new)
        if new[-1:] in "】]":
            new = TRAILING_TAG_RE.sub("", new)
        if "（" in new or "(" in new:
            new = TRIAL_READ_RE.sub("", new).rstrip()
            if new[-1:] in "）)":
                new = strip_trailing_credit(new, ctx)
                if LONE_BRACKET_RE.match(new) and previous_ends_sentence(lines, n) and not strip_trailing_credit("。" + new, ctx).strip("。"):
                    new = ""  # (a credit on a line of its own under the last paragraph: （组织部）, （某某某）)
        if "记者" in new[-16:] and (credit := TRAILING_REPORTER_RE.search(new)):
            from .metadata import SURNAMES
            names = re.split(r"[\s、]+", credit.group(1).strip())
            if len(new[: credit.start()]) >= 20 and all(n[0] in SURNAMES for n in names):
                new = new[: credit.start()]  # (…胜利召开。 记者某某某: the report's reporter, after its last sentence)
                ctx.authors.extend(n for n in names if n not in ctx.authors)
        if new[-1:] == "摄" and (shot := TRAILING_PHOTO_CREDIT_RE.search(new)):
            from .metadata import SURNAMES
            if all(n[0] in SURNAMES for n in shot.group(1).split()):
                new = new[: shot.start()]  # (…并发表重要讲话。新华社记者某某某 摄: a picture's caption, its photographer)
        if OTHER_SCRIPT_RE.search(new):
            new = STRAY_LETTER_RE.sub("", new)
        if "[" in new and not papers_marks and NOTE_MARK_RE.search(new):
            new = NOTE_MARK_RE.sub("", new).rstrip()
        if "..." in new or "……" in new or "······" in new:
            new = LEADER_RE.sub("", new)
        if "%" in new or "MISSING" in new or ("正" in new and any(mark + "正" in new for mark in "<‹〈＜")):
            new = FORMAT_DEBRIS_RE.sub("", new)
        if new.endswith(("-", "–", "—", "|", " ")):
            new = TRAILING_DASH_RE.sub("", new)
        if " " in new and MARK_SPACE_RE.search(new):
            new = MARK_SPACE_RE.sub(r"\1", new)  # (…研究上。 本文以…: a space typed after a Chinese mark, as after a Latin one)
        if "上一篇" in new and "下一篇" in new:
            new = PREV_NEXT_TAIL_RE.sub("", new)
        if new[:1] in "?？\ufffd":
            new = LOST_BEFORE_HEADING_RE.sub("", new)  # ?一、考核目的: a lost character before the heading's number
        if new[:2] in ("文档", "内容", "资料", "答案", "最佳", "推荐", "法律", "律师", "专家"):
            new = LEAD_LABEL_RE.sub("", new)
        if new[:1] in "【[" or new.lstrip()[:1] in "【[":
            new = strip_lead_credit(new, ctx)
        if new.lstrip()[:1] in "□（(":
            new = strip_lead_byline(new, ctx)
        if "讯" in new[:30] or "日电" in new[:30] or new.lstrip()[:1] in "（(〔【[" or "报道" in new[:60] \
                or "记者" in new[:24] or "通讯员" in new[:24] or "供图" in new[:14]:
            new = strip_dateline_credit(new, ctx)
        if "版" in new and ("转" in new or "接" in new):
            new = CONTINUED_RE.sub("", new)
        if "![" in new and (image := MD_IMAGE_RE.search(new)) and new[: image.start()].strip() + new[image.end():].strip():
            new = MD_IMAGE_RE.sub("", new).strip()  # (![]() 某某报道：…: a picture's Markdown, its file lost, before the text)
        if "endprint" in new:
            new = ENDPRINT_RE.sub("", new)  # (…桥梁。endprint: a journal database's print marker left in its text)
        if "见" in new[-12:] and (see := SEE_PAGE_TAIL_RE.search(new)):
            new = new[: see.start()]  # (…好做法。详见P7, …（详见第3版）: the print edition's pointer to another page)
        if "." in new[:60] and ("(" in new[:60] or "（" in new[:60]):
            new = DATELINE_ADDRESS_RE.sub("", new, count=1)
        if "查看" in new[:8] and (lock := MEMBER_LOCK_PREFIX_RE.match(new)) and len(new) > lock.end() + 4:
            new = new[lock.end():]  # (会员免费查看二、持续实施…: a member site's button glued before the text it unlocked)
        if "隐藏" in new or "省略" in new:
            new = HIDDEN_TEXT_RE.sub("", new)
        if "? ?" in new or "？ ?" in new:
            new = LOST_RUN_RE.sub("", new)
        if new.lstrip()[:1] == "?":
            new = LOST_INDENT_RE.sub("", new)
        if "字" in new and LEFT_OUT_RE.search(new):
            new = LEFT_OUT_RE.sub("", new).rstrip()
            ctx.truncated = True
        if "点击" in new:
            new = CLICK_MORE_RE.sub("", new)
        if new[:1] in "图（(" and FIGURE_MARKS_RE.match(new):
            new = FIGURE_MARKS_RE.sub("", new, count=1)
        if "t.cn/" in new or "read" in new[-30:]:
            new = FEED_TAIL_RE.sub("", new)
        if "来" in new[:6] or "源" in new[:6]:
            new = LEAD_PICTURE_SOURCE_RE.sub("", new)
        if ("]" in new[-8:] or "编辑" in new[-6:]) and len(new) <= 40:
            new = WIKI_EDIT_RE.sub("", new)
        if new[:1] == "[" and new.startswith(("[编辑]", "[編輯]")):
            new = new[4:]  # a wiki section's edit link left at its first paragraph's start ([编辑]目前，…)
        if new[-1:] in "↓⬇︾" or new.rstrip()[-1:] in "↓⬇︾":
            new = TRAILING_ARROWS_RE.sub("", new)
        if new.rstrip()[-1:] in "(（" and len(new.strip()) > 1:
            new = new.rstrip().rstrip("(（").rstrip()  # a bracket opened as the page was cut (…问题意识， ……( ): nothing in it
        if "：" in new[-20:] or ":" in new[-20:] or "/" in new[-20:] or "︰" in new[-20:]:
            new = strip_trailing_bare_credit(new, ctx)
        if TOKEN_HINT_RE.search(new):
            if TOKEN_RE.search(new):
                new = TOKEN_RE.sub("", new)
            if HEX_TOKEN_RE.search(new):
                new = HEX_TOKEN_RE.sub("", new)
        if "以上" in new:
            new = OUTRO_SENTENCE_RE.sub("", new) or new
        if ("范" in new[:46] or "样本" in new[:46] or "模板" in new[:46] or "例文" in new[:46]) and (label := SAMPLE_LABEL_LEAD_RE.match(new)):
            new = new[label.end():]  # (某某实施方案范文1为贯彻落实…: a sample site's label for its first sample, glued on)
        if new[:1] == "A" or new.lstrip()[:1] == "A":
            new = FONT_WIDGET_RE.sub("", new)
        if "小编" in new:
            new = EDITOR_SENTENCE_RE.sub("", new).rstrip() or new
        if new != line:
            ctx.changed("inline-debris", line, new)
        out.append(new)
    return out


# Two characters of no word put before every clause's end by an anti-scraping page (…中间力量访娶，…执行者萝映，):
# where most of a page's clauses end in two single characters that jieba reads as no word, and neither is a word of
# grammar (的, 了, 们 …) nor opens a name (a list of names ends its clauses so too), they are the page's
# injection and go. Read on the real-page evaluation set: the one such page stands at three in four of its clause
# ends, the next (lists of names) at two in five.
INJECTED_END_RE = re.compile(r"[\u4e00-\u9fff]{4}(?=[，。；！？、,;!?])")
GRAMMAR_CHARS = frozenset("的了着过吗呢吧啊们是在和与及或也都就又还很再更最被把让给对从向为以而之其这那此")
INJECTED_SAMPLE, INJECTED_MIN_ENDS, INJECTED_SHARE = 12, 8, 0.5


def _injected_pair(window: str, jieba) -> bool:
    """The window's last two characters are two words of one character each, of no grammar, not a name."""
    from .metadata import SURNAMES  # (metadata is the home of names; imported here, where it is needed)
    if window[-2] in GRAMMAR_CHARS or window[-1] in GRAMMAR_CHARS or window[-2] in SURNAMES or jieba.has_word(window[-2:]):
        return False  # (most clause ends are a word of two characters: no segmentation needed)
    tokens = jieba.cut(window, False)
    return (len(tokens) >= 2 and len(tokens[-1]) == 1 and len(tokens[-2]) == 1 and tokens[-1] not in GRAMMAR_CHARS
            and tokens[-2] not in GRAMMAR_CHARS and tokens[-2] not in SURNAMES)


# A clinic's advertising link injected at a line's head (某地白癜风医院 http://…, 如何诊断是否是白癜风 http://…), before the
# text or alone: a disease such ads sell treatment for, then the link; a hospital's own party news links no such thing.
CLINIC_WORDS = r"(?:癫痫|牛皮癣|银屑病|白癜风|不孕不育|男科|阳痿|早泄|前列腺炎|包皮|性病|尖锐湿疣|狐臭|腋臭|痔疮|白斑)"
CLINIC_AD_RE = re.compile(r"^[^\S\n]*[^\s，。,]{0,16}?" + CLINIC_WORDS + r"[^\s，。,]{0,12}[^\S\n]*https?://[^\s\u4e00-\u9fff]+[^\S\n]*", re.M)


# An HTML tag whose < was lost in saving, inside a line (…全面推进FONT class=taboo>某某/FONT>新时代…, …千家万户/P>): the
# tag's name in capitals or small letters right after a Chinese character or mark, its attributes, its >.
LOST_TAG_RE = re.compile(r"(?<=[\u4e00-\u9fff。！？，；：、“”‘’（）()\s])/?(?:[Pp]|FONT|[Ff]ont|font|STRONG|strong|SPAN|span|DIV|div|"
                         r"EM|em|[Bb]|TD|td|U|u|SECTION|section)(?:\s+[A-Za-z-]+=[^\s>\u4e00-\u9fff]*)*\s*/?>")


LOST_TAG_HINT_RE = re.compile(r"[A-Za-z][^\s>\u4e00-\u9fff]{0,20}\s*/?>")


def remove_lost_tags(text: str, ctx: Context) -> str:
    """Take off the HTML tags left without their < (LOST_TAG_RE; rule name: html-debris)."""
    if ">" not in text or not LOST_TAG_HINT_RE.search(text):  # (a breadcrumb's 首页 > 新闻 has no letter before its >)
        return text
    pieces, at = [], 0
    for m in LOST_TAG_RE.finditer(text):
        ctx.removed("html-debris", m.group(0))
        pieces.append(text[at:m.start()])
        at = m.end()
    return "".join(pieces) + text[at:] if pieces else text


# A converted document's stamp glued in front of its first line (下载后可任意编辑某某讲话稿 各位老师：…, Word可编辑某某…).
DOC_STAMP_LEAD_RE = re.compile(r"^(\s*(?:下载后可(?:任意)?(?:编辑|修改)|(?:word|Word|WORD)(?:版)?可(?:编辑|修改)(?:版)?|精心整理|精品文档))"
                               r"\s*(?=[\u4e00-\u9fff“《][^\n]{8,})")


def strip_doc_stamp(text: str, ctx: Context) -> str:
    """Take a document's stamp off the head of its first line (DOC_STAMP_LEAD_RE; rule name: document-site-notice)."""
    if (m := DOC_STAMP_LEAD_RE.match(text)) is None:
        return text
    ctx.removed("document-site-notice", m.group(1).strip())
    return text[m.end():]


def remove_injected_keywords(lines: list[str], ctx: Context) -> list[str]:
    """Take off the ad keywords a page set on lines of their own inside its sentences (…專案， / 網購年菜 / ，宣稱…): a
    short line of words alone between a line ending on a comma and one opening on a comma, at least twice on the page
    (rule name: spam); one such line may be a clause of the text."""
    filled = [i for i, l in enumerate(lines) if l.strip()]
    hits = [i for k, i in enumerate(filled[1:-1], 1)
            if 2 <= len(s := lines[i].strip()) <= 8 and not re.search(r"[，。！？、；：,.!?;:“”]", s)
            and lines[filled[k - 1]].rstrip()[-1:] in "，," and lines[filled[k + 1]].lstrip()[:1] in "，,。"]
    if len(hits) < 2:
        return lines
    for i in hits:
        ctx.removed("spam", lines[i])
    drop = set(hits)
    return [l for i, l in enumerate(lines) if i not in drop]


# A sample site's label for one of its samples glued in front of the sample's first sentence: the document's kind and the
# sample's number (2023年某某工作实施方案范文1为贯彻落实…).
SAMPLE_LABEL_LEAD_RE = re.compile(r"^\s*[^，。！？\s]{2,36}?(?:方案|总结|报告|计划|讲话|讲话稿|心得|体会|发言|发言稿|材料|制度|办法|意见|通知|汇报|讲稿|分析)"
                                  r"(?:范文|范本|样本|模板|例文)[一二三四五六七八九十\d]{1,2}\s*(?=[\u4e00-\u9fff“])")


def remove_clinic_ads(text: str, ctx: Context) -> str:
    """Take a clinic's advertising link off the head of a line (CLINIC_AD_RE; rule name: spam)."""
    if "http" not in text or not re.search(CLINIC_WORDS, text):
        return text
    for m in CLINIC_AD_RE.finditer(text):
        ctx.removed("spam", m.group(0).strip())
    return CLINIC_AD_RE.sub("", text)


def remove_injected_pairs(text: str, ctx: Context) -> str:
    """Take off the two-character pairs an anti-scraping page injected before its clauses' ends (rule name:
    injected-pair), only where most of the page's clause ends carry one; the first INJECTED_SAMPLE ends are read
    first, so that a page without them costs a dozen short segmentations."""
    ends = INJECTED_END_RE.finditer(text)
    first = [m for _, m in zip(range(INJECTED_SAMPLE), ends)]
    if len(first) < INJECTED_MIN_ENDS:
        return text
    from ..topics import segmenter  # (rjieba with the field's dictionary, loaded once)
    jieba = segmenter()
    needed, misses = INJECTED_SAMPLE * INJECTED_SHARE, 0
    for m in first:  # stop as soon as too few of the sample can be injected
        misses += not _injected_pair(m.group(0), jieba)
        if misses > len(first) - needed:
            return text
    found = [m for m in INJECTED_END_RE.finditer(text)]
    injected = [m for m in found if _injected_pair(m.group(0), jieba)]
    if len(found) < INJECTED_MIN_ENDS or len(injected) < INJECTED_SHARE * len(found):
        return text
    out, at = [], 0
    for m in injected:
        out.append(text[at:m.end() - 2])
        at = m.end()
    new = "".join(out) + text[at:]
    for line, changed in zip(text.split("\n"), new.split("\n")):
        ctx.changed("injected-pair", line, changed)
    ctx.warn("garbled-text", f"删除了 {len(injected)} 处插在句末、不成词的两个字（网页防抓取加进去的干扰字）；请对照原网页核对")
    return new
