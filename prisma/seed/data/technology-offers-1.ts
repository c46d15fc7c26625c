// Technology offers (1/4): textile & garment, aquaculture.
import type { SeedTechnologyOffer } from '../types.ts'

export const technologyOffers1: SeedTechnologyOffer[] = [
	{
		organizationKey: 'vien-det-may',
		title: 'Công nghệ nhuộm vải polyester không dùng nước bằng CO2 siêu tới hạn',
		summary:
			'Nhuộm vải polyester trong môi trường CO2 siêu tới hạn thay cho nước, không phát sinh nước thải nhuộm và tái sử dụng trên 90 % CO2.',
		description: `Thiết bị nhuộm dạng cuộn (beam) làm việc ở 120 °C và 250 bar, thuốc nhuộm phân tán hòa tan trực tiếp trong CO2 siêu tới hạn rồi khuếch tán vào xơ polyester. Sau mỗi mẻ, CO2 được giảm áp, tách thuốc nhuộm dư và nén tuần hoàn.

**Thông số mẫu thử nghiệm pilot**
- Dung tích nồi nhuộm 40 lít, khổ vải đến 1,6 m, 30–50 kg vải/mẻ
- Thời gian một mẻ 90–120 phút, không cần công đoạn giặt khử
- Độ bền màu giặt đạt cấp 4–5 (ISO 105-C06)

Kết quả chạy thử trên 12 gam màu cho thấy tiết kiệm 100 % nước, giảm khoảng 50 % năng lượng so với nhuộm cao áp thông thường, không dùng chất trợ phân tán và muối.`,
		fields: ['textile-garment', 'environment'],
		keywords: ['nhuộm không nước', 'co2 siêu tới hạn', 'polyester', 'dệt nhuộm xanh'],
		communeCode: 'NB010',
		trl: 5,
		transferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		priceVnd: null,
		ipStatus: 'PATENT_PENDING',
		applications:
			'Nhà máy nhuộm vải polyester, sợi và chỉ may muốn loại bỏ nước thải nhuộm, đáp ứng yêu cầu chuỗi cung ứng xanh của các nhãn hàng châu Âu.',
		buyerRequirements:
			'Doanh nghiệp nhuộm có mặt bằng 150 m², nguồn điện 3 pha 200 kVA, cán bộ kỹ thuật thiết bị áp lực; sẵn sàng cùng đầu tư giai đoạn mở rộng quy mô.',
	},
	{
		organizationKey: 'vien-det-may',
		title: 'Quy trình tiền xử lý vải bông bằng enzyme ở nhiệt độ thấp',
		summary:
			'Thay công đoạn nấu tẩy kiềm ở 98 °C bằng tổ hợp enzyme pectinase - cellulase - catalase ở 55 °C, giảm hóa chất và năng lượng cho vải dệt kim cotton.',
		description: `Quy trình gộp nấu, tẩy và khử oxy già trong một bể, sử dụng enzyme pectinase kiềm để loại tạp chất pectin và sáp, sau đó tẩy trắng nhẹ bằng H2O2 có hoạt hóa.

- Nhiệt độ xử lý 55–65 °C, pH 8–9, thời gian 60 phút
- Độ mao dẫn sau xử lý trên 10 cm/30 phút, độ trắng CIE 65–70 đủ cho nhuộm màu trung bình và đậm
- Tổn hao khối lượng vải dưới 3 %, độ bền xé cao hơn 8–12 % so với nấu kiềm

Đã áp dụng ổn định tại hai nhà máy nhuộm trong tỉnh với hơn 3.000 tấn vải: giảm 35 % hơi nước, 40 % nước, COD nước thải giảm khoảng 50 %.`,
		fields: ['textile-garment', 'biotechnology', 'environment'],
		keywords: ['enzyme', 'tiền xử lý', 'vải bông', 'tiết kiệm năng lượng'],
		communeCode: 'NB010',
		trl: 7,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 450_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Nhuộm vải dệt kim và dệt thoi từ bông và bông pha; phù hợp máy nhuộm jet, overflow hiện có.',
		buyerRequirements: 'Có phòng thí nghiệm đối màu và cán bộ công nghệ nhuộm; cam kết ghi chép dữ liệu vận hành trong 3 tháng đầu.',
	},
	{
		organizationKey: 'cong-nghe-so-hoa-lu',
		title: 'Phần mềm quản lý sản xuất MES cho nhà máy may',
		summary:
			'Hệ thống MES theo dõi sản lượng theo thời gian thực từng công đoạn, từng công nhân, tính lương khoán tự động và cảnh báo chậm tiến độ đơn hàng.',
		description: `Phần mềm gồm các phân hệ: kế hoạch chuyền, ghi nhận sản lượng bằng máy tính bảng hoặc thẻ RFID tại máy may, kiểm soát chất lượng inline và endline, tính lương sản phẩm và bảng điều hành cho quản lý.

**Tính năng chính**
- Bảng điện tử hiển thị năng suất giờ, tỷ lệ lỗi từng chuyền
- Cân bằng chuyền gợi ý theo thời gian thao tác chuẩn (SMV)
- Tích hợp ERP, phần mềm kế toán qua API

Triển khai tại 9 nhà máy may (hơn 7.000 công nhân). Sau 6 tháng, hiệu suất chuyền tăng trung bình 11 %, thời gian tính lương giảm từ 4 ngày xuống 2 giờ. Đây là bước chuyển đổi số cốt lõi của xưởng may.`,
		fields: ['it-digital', 'textile-garment'],
		keywords: ['mes', 'quản lý sản xuất', 'nhà máy may', 'chuyển đổi số', 'rfid'],
		communeCode: 'NB001',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 380_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Nhà máy may gia công, FOB từ 5 chuyền trở lên; xưởng may đồ bảo hộ, đồng phục.',
		buyerRequirements: 'Mạng wifi phủ xưởng, có định mức SMV cho mã hàng; cử 1 cán bộ IT hoặc kế hoạch làm đầu mối triển khai.',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Hệ thống trí tuệ nhân tạo phát hiện lỗi vải trên máy kiểm vải bằng camera tốc độ cao',
		summary:
			'Camera line-scan và mô hình học sâu (AI) phát hiện, phân loại 14 dạng lỗi vải mộc và vải thành phẩm ở tốc độ kiểm 60 m/phút.',
		description: `Hệ thống lắp trên máy kiểm vải sẵn có: 2 camera line-scan 4K, đèn LED chiếu sáng đồng nhất và máy tính biên có GPU. Mô hình phân đoạn ảnh được huấn luyện trên 85.000 ảnh lỗi thu thập từ các nhà máy trong tỉnh.

- Lỗi nhận diện: sợi ngang, thủng, vết dầu, lệch màu, nhăn, sọc ngang, xước...
- Độ chính xác phát hiện 94 %, tỷ lệ báo nhầm dưới 3 %
- Xuất bản đồ lỗi cuộn vải và chấm điểm theo hệ 4 điểm

Thử nghiệm tại xưởng kiểm vải 3 tháng: số người kiểm giảm từ 4 xuống 1 người/ca, lỗi lọt sang khâu cắt giảm 70 %.`,
		fields: ['textile-garment', 'it-digital', 'automation'],
		keywords: ['trí tuệ nhân tạo', 'ai', 'kiểm tra lỗi vải', 'thị giác máy', 'học sâu'],
		communeCode: 'NB008',
		trl: 6,
		transferModes: ['JOINT_RD', 'EXCLUSIVE_LICENCE'],
		priceVnd: 1_200_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Kiểm vải mộc sau dệt, kiểm vải thành phẩm trước cắt tại nhà máy dệt, nhuộm, may.',
		buyerRequirements: 'Máy kiểm vải có bộ mã hóa tốc độ; doanh nghiệp cung cấp mẫu lỗi đặc thù để tinh chỉnh mô hình.',
	},
	{
		organizationKey: 'vien-det-may',
		title: 'Hoàn tất kháng khuẩn vải bằng nano bạc gắn trên chitosan',
		summary:
			'Dung dịch hoàn tất chứa nano bạc ổn định trên chitosan, tạo vải cotton và vải pha kháng khuẩn bền sau 50 lần giặt.',
		description: `Nano bạc kích thước 10–20 nm được tổng hợp xanh bằng khử chitosan, tạo phức bền và bám tốt lên xơ cellulose. Vải được ngấm ép trên máy văng sấy sẵn có, không cần thiết bị mới.

- Hàm lượng bạc trên vải 40–60 ppm
- Hiệu quả diệt khuẩn S. aureus và E. coli trên 99 % (AATCC 100), còn trên 95 % sau 50 lần giặt
- Không làm biến màu vải trắng, độ cứng vải tăng không đáng kể

Phù hợp vải may đồng phục y tế, khăn, tất và đồ lót; sản phẩm có thể đăng ký chứng nhận kháng khuẩn cho thị trường trong nước.`,
		fields: ['textile-garment', 'materials', 'health-pharma'],
		keywords: ['kháng khuẩn', 'nano bạc', 'chitosan', 'hoàn tất vải'],
		communeCode: 'NB010',
		trl: 6,
		transferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'],
		priceVnd: 650_000_000,
		ipStatus: 'PATENTED',
		applications: 'Vải đồng phục y tế, khăn bông, tất, đồ thể thao và đồ lót kháng khuẩn.',
		buyerRequirements: 'Doanh nghiệp nhuộm - hoàn tất có máy văng sấy; có hệ thống xử lý nước thải đạt QCVN 13-MT:2015/BTNMT.',
	},
	{
		organizationKey: 'det-may-thanh-nam',
		title: 'Dây chuyền tái chế vải vụn cotton thành xơ tái sinh cho kéo sợi',
		summary:
			'Dây chuyền xé, tách và làm tơi vải vụn cotton sau cắt thành xơ tái sinh dài 12–18 mm, pha đến 30 % vào sợi OE.',
		description: `Vải vụn được phân loại theo màu, cắt nhỏ 5×5 cm, xé qua 6 trục kim, tách tạp và làm tơi thành xơ. Xơ tái sinh pha với bông hoặc polyester để kéo sợi rotor (OE) chi số Ne 10–20.

**Thông số**
- Công suất 800 kg xơ/ca, tiêu thụ điện 160 kWh/tấn
- Tỷ lệ thu hồi xơ 85–88 %
- Không cần nhuộm lại khi tái chế theo màu

Dây chuyền đã vận hành 2 năm tại nhà máy, xử lý 1.100 tấn vải vụn/năm, giảm chi phí chôn lấp và giúp đạt chứng nhận GRS (Global Recycled Standard) cho dòng sản phẩm sợi tái chế.`,
		fields: ['textile-garment', 'environment'],
		keywords: ['tái chế vải', 'xơ tái sinh', 'kinh tế tuần hoàn', 'sợi oe'],
		communeCode: 'NB010',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 4_800_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Doanh nghiệp may có lượng vải vụn lớn; nhà máy kéo sợi OE, sản xuất sợi tái chế, vải lau công nghiệp.',
		buyerRequirements: 'Nhà xưởng 600 m² có hệ thống hút bụi, nguồn vải vụn ổn định trên 2 tấn/ngày.',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Phần mềm giác sơ đồ cắt tự động bằng thuật toán di truyền',
		summary:
			'Tự động sắp xếp chi tiết rập trên sơ đồ cắt, đạt hiệu suất sử dụng vải cao hơn giác thủ công 2–4 %.',
		description: `Phần mềm nhập rập dạng DXF-AAMA từ các hệ thống CAD may phổ biến, tự động tối ưu vị trí và góc xoay chi tiết theo canh sợi, kẻ sọc, kẻ ca-rô bằng thuật toán di truyền kết hợp tìm kiếm cục bộ.

- Thời gian giác một sơ đồ 4–6 cỡ: 3–8 phút
- Hiệu suất sử dụng vải trung bình 86–89 % với áo jacket, quần âu
- Xuất file cho máy cắt tự động và máy vẽ sơ đồ

Với nhà máy sử dụng 1 triệu mét vải/năm, tiết kiệm 2 % tương đương khoảng 1,5 tỷ đồng tiền vải mỗi năm.`,
		fields: ['textile-garment', 'it-digital'],
		keywords: ['giác sơ đồ', 'cad may', 'thuật toán di truyền', 'tiết kiệm vải'],
		communeCode: 'NB008',
		trl: 6,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'JOINT_RD'],
		priceVnd: 250_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Phòng kỹ thuật nhà máy may, xưởng cắt tập trung, doanh nghiệp may đồng phục.',
		buyerRequirements: 'Có hệ thống CAD thiết kế rập; cung cấp bộ rập mẫu để hiệu chỉnh tham số.',
	},
	{
		organizationKey: 'soi-nhuom-thien-truong',
		title: 'Công nghệ in kỹ thuật số pigment trên vải cotton không cần hấp giặt',
		summary:
			'In phun kỹ thuật số mực pigment kết hợp dung dịch tiền xử lý cation, chỉ cần sấy cố định, bỏ công đoạn hấp và giặt sau in.',
		description: `Quy trình gồm tiền xử lý vải bằng polyme cation, in bằng máy in phun đầu in công nghiệp và cố định mực ở 160 °C trong 3 phút.

**Kết quả vận hành**
- Độ bền màu ma sát khô cấp 4, ướt cấp 3–4; độ bền giặt cấp 4
- Tiêu hao nước giảm trên 90 % so với in hoạt tính
- Đơn hàng nhỏ từ 50 m, thời gian chuẩn bị mẫu dưới 1 ngày

Doanh nghiệp đã khai thác dây chuyền 3 năm cho hàng thời trang và đồ gia dụng, sản lượng 1,2 triệu m²/năm.`,
		fields: ['textile-garment', 'environment'],
		keywords: ['in kỹ thuật số', 'mực pigment', 'in vải', 'tiết kiệm nước'],
		communeCode: 'NB010',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 900_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'In hoa vải thời trang, chăn ga gối, rèm và hàng thủ công đơn chiếc, đơn hàng nhỏ và vừa.',
		buyerRequirements: 'Phòng in có điều hòa độ ẩm 55–65 %, máy văng sấy hoặc buồng cố định nhiệt.',
	},
	{
		organizationKey: 'soi-nhuom-thien-truong',
		title: 'Hệ thống thu hồi nhiệt từ nước thải nhuộm nóng để gia nhiệt nước cấp',
		summary:
			'Bộ trao đổi nhiệt dạng tấm chống bám cặn thu hồi nhiệt nước xả 70–90 °C từ máy nhuộm, gia nhiệt nước cấp lên 50–60 °C.',
		description: `Nước xả nóng được gom vào bể trung gian có lưới lọc xơ, bơm qua bộ trao đổi nhiệt dạng tấm khe rộng và tự động rửa ngược định kỳ. Nước cấp sau gia nhiệt được trữ trong bồn cách nhiệt cho ca sau.

- Công suất thu hồi 1,2 MW nhiệt với lưu lượng 30 m³/h
- Giảm 20–25 % lượng hơi tiêu thụ của xưởng nhuộm
- Nhiệt độ nước thải vào trạm xử lý giảm còn 40 °C, ổn định quá trình vi sinh

Thời gian hoàn vốn tại nhà máy của doanh nghiệp là 14 tháng.`,
		fields: ['textile-garment', 'energy', 'environment'],
		keywords: ['thu hồi nhiệt', 'nước thải nhuộm', 'tiết kiệm năng lượng', 'trao đổi nhiệt'],
		communeCode: 'NB010',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 1_600_000_000,
		ipStatus: 'NONE',
		applications: 'Nhà máy nhuộm, giặt công nghiệp, chế biến thực phẩm có nước xả nóng liên tục.',
		buyerRequirements: 'Lưu lượng nước xả nóng trên 10 m³/h; mặt bằng 40 m² gần khu máy nhuộm.',
	},
	{
		organizationKey: 'vien-det-may',
		title: 'Sợi pha tre - cotton kháng khuẩn tự nhiên cho vải dệt kim',
		summary:
			'Quy trình pha trộn và kéo sợi xơ tre viscose với bông chải kỹ tỷ lệ 40/60, cho vải dệt kim mềm, thấm hút và kháng khuẩn tự nhiên.',
		description: `Quy trình điều chỉnh thông số chải, ghép và kéo sợi con để hạn chế đứt sợi do xơ tre có độ bền ướt thấp.

- Chi số sợi Ne 30–40, độ không đều CV% dưới 12
- Vải single jersey thấm hút nhanh hơn vải cotton 100 % khoảng 30 %
- Hiệu quả kháng khuẩn trên 90 % (AATCC 100) không dùng hóa chất

Sản phẩm đã được hai doanh nghiệp dệt kim sản xuất thử 20 tấn sợi cho áo phông, đồ trẻ em.`,
		fields: ['textile-garment', 'materials'],
		keywords: ['sợi tre', 'sợi pha', 'dệt kim', 'kháng khuẩn tự nhiên'],
		communeCode: 'NB010',
		trl: 7,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 300_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Kéo sợi, dệt kim đồ trẻ em, đồ lót, áo thể thao thân thiện môi trường.',
		buyerRequirements: 'Dây chuyền kéo sợi vòng có máy chải kỹ; chủ động nguồn xơ tre viscose.',
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Hệ thống cân bằng chuyền may bằng thẻ RFID và bảng điện tử',
		summary:
			'Đầu đọc RFID gắn tại máy may ghi nhận từng bó hàng, hiển thị năng suất và điểm nghẽn trên bảng LED theo thời gian thực.',
		description: `Mỗi bó hàng gắn thẻ RFID; công nhân quẹt thẻ khi nhận và hoàn thành công đoạn. Dữ liệu truyền về máy chủ qua wifi, phần mềm tính năng suất giờ và gợi ý điều chuyển công nhân để cân bằng chuyền.

- Đầu đọc công nghiệp tự thiết kế, giá thấp hơn thiết bị nhập khẩu 60 %
- Pin dự phòng 8 giờ, chống bụi vải
- Kết nối với phần mềm MES, ERP qua API mở

Đã lắp cho 120 chuyền may; tỷ lệ hàng tồn trên chuyền giảm 30 %, năng suất tăng 8–12 %.`,
		fields: ['textile-garment', 'automation', 'electrical-electronics'],
		keywords: ['rfid', 'cân bằng chuyền', 'nhà máy may', 'năng suất'],
		communeCode: 'NB013',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 35_000_000,
		ipStatus: 'PATENTED',
		applications: 'Xưởng may quần áo, giày dép, túi xách; giá tham khảo tính cho một chuyền 30 máy.',
		buyerRequirements: 'Wifi phủ xưởng, bó hàng theo phiếu; đào tạo tổ trưởng chuyền 2 ngày.',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Quy trình nuôi tôm thẻ chân trắng siêu thâm canh trong nhà màng 2 giai đoạn',
		summary:
			'Ương tôm 25–30 ngày trong bể nhà màng rồi chuyển ra ao lót bạt, đạt năng suất 30–40 tấn/ha/vụ, nuôi được 3 vụ/năm kể cả vụ đông.',
		description: `Giai đoạn 1 ương tôm post 12 mật độ 2.000–3.000 con/m³ trong bể tròn có mái che, kiểm soát nhiệt độ và vi sinh. Giai đoạn 2 chuyển tôm cỡ 1.000 con/kg ra ao nổi lót HDPE 1.500–2.500 m², mật độ 250–300 con/m², có hố xi-phông trung tâm.

**Kết quả mô hình tại Giao Thủy và Kim Sơn**
- Tỷ lệ sống 80–85 %, hệ số thức ăn FCR 1,1–1,2
- Cỡ thu hoạch 35–45 con/kg sau 90–100 ngày
- Lợi nhuận 1,2–1,8 tỷ đồng/ha/vụ

Quy trình kèm sổ tay quản lý môi trường, an toàn sinh học và kế hoạch xử lý khi có dịch bệnh.`,
		fields: ['aquaculture'],
		keywords: ['tôm thẻ chân trắng', 'siêu thâm canh', 'nhà màng', 'nuôi trồng thủy sản', 'ao lót bạt'],
		communeCode: 'NB025',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 200_000_000,
		ipStatus: 'PATENTED',
		applications: 'Hộ nuôi, hợp tác xã và doanh nghiệp nuôi tôm vùng ven biển từ 1 ha trở lên.',
		buyerRequirements: 'Vùng nuôi có nguồn nước mặn lợ 10–25‰, điện lưới 3 pha, ao lắng chiếm tối thiểu 30 % diện tích.',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Hệ thống IoT giám sát chất lượng nước ao nuôi thủy sản',
		summary:
			'Trạm cảm biến IoT đo oxy hòa tan, pH, nhiệt độ, độ mặn 24/7, gửi cảnh báo qua điện thoại và tự bật quạt nước khi oxy thấp.',
		description: `Trạm đo nổi dùng pin năng lượng mặt trời, cảm biến oxy quang học không cần thay màng, truyền dữ liệu qua 4G hoặc LoRa về ứng dụng di động.

**Thông số kỹ thuật**
- Chu kỳ đo 5 phút; sai số DO ±0,2 mg/l, pH ±0,1
- Tự động điều khiển 4 kênh quạt/máy sục khí qua tủ điều khiển
- Lưu trữ dữ liệu 3 năm, xuất báo cáo nhật ký ao nuôi

Thử nghiệm trên 30 ao tôm: giảm 25 % điện năng chạy quạt nhờ điều khiển theo ngưỡng oxy, phát hiện sớm các đợt sụt oxy ban đêm. Hệ thống internet vạn vật này dễ lắp đặt cho hộ nuôi nhỏ.`,
		fields: ['aquaculture', 'electrical-electronics', 'it-digital', 'automation'],
		keywords: ['iot', 'internet vạn vật', 'giám sát môi trường ao nuôi', 'oxy hòa tan', 'cảm biến'],
		communeCode: 'NB009',
		trl: 7,
		transferModes: ['EXCLUSIVE_LICENCE', 'EQUIPMENT_WITH_TECHNOLOGY', 'JOINT_RD'],
		priceVnd: 850_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Ao nuôi tôm, cá nước lợ; bể ương giống; trại sản xuất giống thủy sản.',
		buyerRequirements: 'Doanh nghiệp điện tử hoặc cung ứng vật tư thủy sản có năng lực lắp ráp và bảo hành thiết bị tại vùng nuôi.',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Quy trình sản xuất giống ngao Bến Tre nhân tạo quy mô hàng hóa',
		summary:
			'Quy trình kích thích sinh sản, ương ấu trùng và ương ngao cấp 1 đến cấp 3 trên bãi triều, tỷ lệ sống từ trứng đến ngao giống cỡ 3–5 mm đạt trên 12 %.',
		description: `Ngao bố mẹ được nuôi vỗ 30 ngày, kích thích sinh sản bằng sốc nhiệt và phơi khô. Ấu trùng được ương trong bể composite với tảo Chaetoceros và Isochrysis, mật độ 5–7 con/ml.

- Năng suất trại: 1,5–2 tỷ ngao cám mỗi năm
- Ương ngao cấp 2 trong lưới trên bãi triều, cỡ 15.000 con/kg sau 45 ngày
- Chủ động giống cho vụ nuôi, giảm phụ thuộc giống trôi nổi

Quy trình đã được hội đồng khoa học cấp tỉnh công nhận là tiến bộ kỹ thuật và áp dụng tại 4 trại giống vùng ven biển.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['ngao bến tre', 'sản xuất giống', 'nhuyễn thể', 'bãi triều'],
		communeCode: 'NB025',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 350_000_000,
		ipStatus: 'OTHER',
		applications: 'Trại sản xuất giống nhuyễn thể, hợp tác xã nuôi ngao vùng ven biển Giao Thủy, Hải Hậu, Nghĩa Hưng.',
		buyerRequirements: 'Trại giống có nguồn nước biển độ mặn 20–28‰, hệ thống nuôi tảo sinh khối và bể lọc sinh học.',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Chế phẩm vi sinh Bacillus bản địa xử lý đáy ao nuôi tôm',
		summary:
			'Chế phẩm chứa 3 chủng Bacillus phân lập từ ao nuôi ven biển, phân hủy bùn hữu cơ và giảm khí độc NH3, H2S ở đáy ao.',
		description: `Chế phẩm dạng bột gồm Bacillus subtilis, B. licheniformis và B. megaterium, mật độ tối thiểu 10⁹ CFU/g, kèm enzyme protease và amylase.

- Liều dùng 1 kg/2.000 m³ nước, định kỳ 7 ngày/lần
- Giảm 40–55 % NH4+ và 60 % H2S sau 10 ngày sử dụng
- Bảo quản 18 tháng ở nhiệt độ thường

Thử nghiệm trên 12 ao tôm thẻ: tỷ lệ sống tăng 9 %, lượng bùn xi-phông giảm rõ rệt, chi phí hóa chất xử lý giảm 30 %.`,
		fields: ['aquaculture', 'biotechnology', 'environment'],
		keywords: ['chế phẩm vi sinh', 'bacillus', 'xử lý đáy ao', 'tôm thẻ'],
		communeCode: 'NB025',
		trl: 7,
		transferModes: ['EXCLUSIVE_LICENCE', 'ASSIGNMENT'],
		priceVnd: 1_500_000_000,
		ipStatus: 'PATENTED',
		applications: 'Sản xuất chế phẩm sinh học thủy sản; cung ứng cho vùng nuôi tôm thâm canh.',
		buyerRequirements: 'Doanh nghiệp có nhà máy lên men vi sinh và giấy phép sản xuất sản phẩm xử lý môi trường nuôi trồng thủy sản.',
	},
	{
		organizationKey: 'thuy-san-giao-thuy',
		title: 'Mô hình nuôi cá vược trong lồng tròn HDPE vùng cửa sông',
		summary:
			'Nuôi cá vược (cá chẽm) trong lồng HDPE chịu sóng gió tại vùng cửa sông, năng suất 20–25 kg/m³, cá đạt 0,8–1,2 kg sau 8–9 tháng.',
		description: `Lồng tròn HDPE đường kính 12 m, lưới dệt không gút, neo bằng hệ thống khung chìm chịu được gió cấp 10. Cá giống cỡ 10–12 cm được thuần hóa độ mặn trước khi thả.

- Mật độ thả 25–30 con/m³, thức ăn viên nổi đạm 42 %
- Hệ số thức ăn FCR 1,3–1,5; tỷ lệ sống 80 %
- Nhật ký nuôi điện tử, theo dõi sinh trưởng mỗi 15 ngày

Mô hình 6 lồng tại cửa Ba Lạt cho lợi nhuận khoảng 450 triệu đồng/năm, ít rủi ro hơn ao đất khi mưa lũ.`,
		fields: ['aquaculture'],
		keywords: ['cá vược', 'nuôi lồng', 'hdpe', 'cửa sông'],
		communeCode: 'NB025',
		trl: 7,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 150_000_000,
		ipStatus: 'NONE',
		applications: 'Hộ nuôi và doanh nghiệp thủy sản vùng cửa sông, đầm phá, vịnh kín gió.',
		buyerRequirements: 'Được giao mặt nước nuôi biển; độ sâu tối thiểu 5 m khi triều thấp.',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Mô hình luân canh tôm - lúa trên đất nhiễm mặn ven biển',
		summary:
			'Luân canh một vụ tôm sú, tôm thẻ mùa khô với một vụ lúa chịu mặn mùa mưa, tăng thu nhập gấp 2,5 lần độc canh lúa trên đất nhiễm mặn.',
		description: `Ruộng được cải tạo bờ bao, mương bao rộng 3 m, sâu 1,2 m. Vụ tôm (tháng 3–7) nuôi quảng canh cải tiến; vụ lúa (tháng 8–11) cấy giống lúa chịu mặn, không bón phân hóa học nhờ dinh dưỡng tồn dư từ vụ tôm.

- Năng suất tôm 600–900 kg/ha, lúa 4,5–5 tấn/ha
- Độ mặn đất giảm 30 % sau vụ lúa nhờ rửa mặn bằng nước mưa
- Gạo đạt tiêu chuẩn hữu cơ, giá bán cao hơn 25 %

Mô hình thích ứng biến đổi khí hậu cho vùng đất trũng ven biển Kim Sơn, Nghĩa Hưng.`,
		fields: ['aquaculture', 'agriculture'],
		keywords: ['tôm lúa', 'đất nhiễm mặn', 'lúa chịu mặn', 'thích ứng biến đổi khí hậu'],
		communeCode: 'NB021',
		trl: 7,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 180_000_000,
		ipStatus: 'NONE',
		applications: 'Hợp tác xã, tổ hợp tác vùng đất nhiễm mặn ven biển có nguồn nước lợ.',
		buyerRequirements: 'Diện tích liền vùng từ 5 ha; hệ thống thủy lợi chủ động cấp, thoát nước.',
	},
	{
		organizationKey: 'giong-thuy-san-kim-son',
		title: 'Sản xuất tôm giống thẻ chân trắng sạch bệnh từ tôm bố mẹ gia hóa',
		summary:
			'Quy trình sản xuất tôm post PL12 sạch bệnh từ đàn bố mẹ gia hóa trong nước, sàng lọc PCR 6 bệnh nguy hiểm ở mọi lô xuất trại.',
		description: `Tôm bố mẹ thế hệ F2 được nuôi trong hệ thống tuần hoàn khép kín, xét nghiệm đốm trắng (WSSV), hoại tử gan tụy cấp (AHPND), EHP, IHHNV, TSV và YHV trước khi cho sinh sản.

**Chỉ tiêu chất lượng**
- Tỷ lệ sống từ Nauplius đến PL12 đạt 55–65 %
- Đồng đều chiều dài trên 85 %, chịu sốc formol và độ mặn tốt
- Truy xuất lô giống bằng mã QR

Trại đã vận hành 6 năm, cung cấp khoảng 1,5 tỷ con giống mỗi năm cho vùng nuôi các tỉnh ven biển Bắc Bộ.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['tôm giống', 'sạch bệnh', 'pcr', 'gia hóa tôm bố mẹ'],
		communeCode: 'NB021',
		trl: 9,
		transferModes: ['CONSULTING_TRAINING', 'CAPITAL_CONTRIBUTION'],
		priceVnd: 2_500_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Đầu tư trại giống mới hoặc nâng cấp trại giống hiện có tại vùng ven biển.',
		buyerRequirements: 'Trại có diện tích tối thiểu 1 ha, nguồn nước biển sạch; cam kết tuân thủ quy trình an toàn sinh học.',
	},
	{
		organizationKey: 'ttud',
		title: 'Hệ thống nuôi tuần hoàn RAS quy mô nhỏ cho ương cá giống nước ngọt',
		summary:
			'Cụm 6 bể ương 4 m³ với lọc cơ học, lọc sinh học giá thể động và đèn UV, ương cá chép, cá rô phi giống với mật độ gấp 10 lần ao đất.',
		description: `Hệ thống được thiết kế chế tạo trong nước, thay nước dưới 5 %/ngày, phù hợp trang trại nhỏ và trung tâm giống cấp xã.

- Mật độ ương 1.500–2.000 con/m³, cá đạt cỡ 8–10 cm sau 45 ngày
- Điện năng tiêu thụ 18 kWh/ngày cho toàn cụm
- Bảng điều khiển cảnh báo mất điện, thiếu oxy

Mô hình trình diễn tại trung tâm cho tỷ lệ sống 90 %, chủ động giống chất lượng cao cho vụ xuân.`,
		fields: ['aquaculture', 'environment'],
		keywords: ['ras', 'tuần hoàn', 'ương cá giống', 'nuôi trồng thủy sản'],
		communeCode: 'NB008',
		trl: 6,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 420_000_000,
		ipStatus: 'NONE',
		applications: 'Trại giống cá nước ngọt, hợp tác xã thủy sản, trường dạy nghề nông nghiệp.',
		buyerRequirements: 'Nhà xưởng có mái che 150 m², điện ổn định và máy phát dự phòng.',
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Máy cho tôm ăn tự động hẹn giờ điều khiển qua điện thoại',
		summary:
			'Máy rải thức ăn bằng quạt ly tâm, bán kính rải 8–15 m, hẹn giờ và định lượng từng cữ ăn qua ứng dụng điện thoại.',
		description: `Thân máy bằng inox 304 và nhựa chống tia UV, phễu chứa 60 kg thức ăn, động cơ DC 12 V có thể dùng tấm pin mặt trời.

- Định lượng sai số dưới 3 %, 1–12 cữ/ngày
- Kết nối wifi hoặc 4G, xem lịch sử cho ăn từng ao
- Tích hợp cảm biến phát hiện hết thức ăn trong phễu

Đã bán hơn 1.800 máy cho vùng nuôi tôm ven biển; người nuôi tiết kiệm 1 lao động/5 ao và giảm thức ăn thừa khoảng 8 %.`,
		fields: ['aquaculture', 'mechanical-engineering', 'automation'],
		keywords: ['máy cho tôm ăn', 'tự động hóa', 'thiết bị thủy sản', 'điều khiển từ xa'],
		communeCode: 'NB012',
		trl: 8,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 600_000_000,
		ipStatus: 'PATENTED',
		applications: 'Ao nuôi tôm, cá; nhà phân phối thiết bị thủy sản muốn sản xuất lắp ráp tại địa phương.',
		buyerRequirements: 'Xưởng cơ khí có máy chấn, hàn inox; đội ngũ kỹ thuật bảo hành tại vùng nuôi.',
	},
]
