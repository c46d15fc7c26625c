// Patents for commercialisation (1/2): invention patents.
import type { SeedPatent } from '../types.ts'

export const patents1: SeedPatent[] = [
	{
		organizationKey: 'vien-det-may',
		title: 'Quy trình hoàn tất kháng khuẩn vải xenlulo bằng phức nano bạc - chitosan',
		summary: 'Bằng độc quyền sáng chế về quy trình tạo phức nano bạc ổn định trên chitosan và gắn lên vải xenlulo, cho hiệu quả kháng khuẩn bền giặt.',
		description: `Sáng chế là nền tảng của công nghệ hoàn tất kháng khuẩn mà Viện đang chuyển giao.

- Tổng hợp nano bạc bằng phương pháp khử xanh với chitosan khối lượng phân tử thấp
- Ngấm ép và sấy trên thiết bị văng sấy thông dụng
- Hiệu quả kháng khuẩn trên 95 % sau 50 chu kỳ giặt

Viện đã li-xăng không độc quyền cho một doanh nghiệp dệt khăn trong tỉnh và sẵn sàng li-xăng tiếp theo lĩnh vực ứng dụng.`,
		fields: ['textile-garment', 'materials', 'health-pharma'],
		keywords: ['sáng chế', 'nano bạc', 'chitosan', 'vải kháng khuẩn'],
		communeCode: 'NB010',
		kind: 'INVENTION',
		applicationNumber: '1-2019-03127',
		applicationDate: '2019-06-14',
		grantNumber: '1-0031542',
		grantDate: '2022-03-21',
		ipcClasses: ['D06M 11/83', 'D06M 15/03', 'D06M 16/00', 'A01N 59/16'],
		inventors: ['Trần Thị Minh Huệ', 'Nguyễn Văn Thắng', 'Phạm Thu Trang'],
		owners: ['Viện Nghiên cứu Công nghệ Dệt may Thành Nam'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến quy trình hoàn tất kháng khuẩn cho vật liệu dệt từ xơ xenlulo, bao gồm các bước: tổng hợp hạt nano bạc kích thước 10–20 nm bằng cách khử dung dịch bạc nitrat trong dung dịch chitosan ở 80 °C; pha loãng phức nano bạc - chitosan đến nồng độ bạc 80–120 ppm; ngấm ép vải với mức ép 70–80 %; sấy ở 110 °C và xử lý nhiệt ở 150 °C trong 2 phút. Vải thu được có hàm lượng bạc 40–60 ppm và khả năng diệt khuẩn trên 99 %.',
		claimsSummary:
			'Điểm độc lập 1 bảo hộ quy trình gồm bước tổng hợp phức nano bạc - chitosan với tỷ lệ khối lượng chitosan/bạc từ 8:1 đến 12:1 và bước xử lý nhiệt gắn phức lên vải; các điểm phụ thuộc xác định khối lượng phân tử chitosan và chế độ sấy.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Chế phẩm vi sinh chứa tổ hợp chủng Bacillus để xử lý đáy ao nuôi tôm và phương pháp sản xuất',
		summary: 'Sáng chế bảo hộ tổ hợp ba chủng Bacillus bản địa và quy trình lên men sản xuất chế phẩm xử lý đáy ao nuôi tôm.',
		description: `Ba chủng vi khuẩn được phân lập từ bùn đáy ao nuôi tôm ven biển Bắc Bộ, đã lưu giữ tại bảo tàng giống chuẩn vi sinh vật.

- Mật độ tế bào sống trên 10⁹ CFU/g
- Phân hủy bùn hữu cơ và giảm khí độc NH3, H2S
- Bảo quản 18 tháng ở nhiệt độ thường

Viện đang đàm phán chuyển nhượng hoặc li-xăng độc quyền cho doanh nghiệp sản xuất chế phẩm sinh học thủy sản.`,
		fields: ['aquaculture', 'biotechnology', 'environment'],
		keywords: ['sáng chế', 'bacillus', 'chế phẩm vi sinh', 'ao nuôi tôm'],
		communeCode: 'NB025',
		kind: 'INVENTION',
		applicationNumber: '1-2018-04419',
		applicationDate: '2018-10-02',
		grantNumber: '1-0028733',
		grantDate: '2021-05-10',
		ipcClasses: ['C12N 1/20', 'C12R 1/125', 'C02F 3/34', 'A01K 61/59'],
		inventors: ['Đỗ Văn Khương', 'Nguyễn Thị Thu Hằng', 'Bùi Quang Thành'],
		owners: ['Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề xuất chế phẩm vi sinh dùng trong nuôi tôm gồm các chủng Bacillus subtilis BQ12, Bacillus licheniformis GT05 và Bacillus megaterium KS21 phối trộn theo tỷ lệ 2:1:1, cùng chất mang là cám gạo và zeolit. Phương pháp sản xuất gồm lên men chìm từng chủng, thu sinh khối, sấy phun ở nhiệt độ đầu ra 70 °C và phối trộn với chất mang. Chế phẩm làm giảm 40–55 % amoni và 60 % hydro sunfua ở đáy ao sau 10 ngày.',
		claimsSummary:
			'Điểm 1 bảo hộ chế phẩm chứa đồng thời ba chủng nêu trên với tổng mật độ tối thiểu 10⁹ CFU/g; điểm 5 bảo hộ phương pháp sản xuất bằng lên men chìm và sấy phun; các điểm phụ thuộc xác định môi trường lên men và tỷ lệ chất mang.',
		commercialisationStatus: 'UNDER_NEGOTIATION',
	},
	{
		organizationKey: 'phan-bon-ly-nhan',
		title: 'Chế phẩm phân giải nhanh rơm rạ chứa nấm Trichoderma asperellum và xạ khuẩn Streptomyces',
		summary: 'Sáng chế về chế phẩm vi sinh xử lý rơm rạ tại ruộng, doanh nghiệp đang tự khai thác thương mại.',
		description: `Chế phẩm là sản phẩm chủ lực của doanh nghiệp, bán trên 400 tấn mỗi năm.

- Kết hợp nấm sợi và xạ khuẩn có hoạt tính cellulase, xylanase cao
- Phân hủy 70 % rơm rạ sau 20 ngày trong điều kiện ruộng ngập nông
- Có thể li-xăng theo vùng địa lý ngoài tỉnh`,
		fields: ['agriculture', 'biotechnology', 'environment'],
		keywords: ['sáng chế', 'trichoderma', 'phân giải rơm rạ', 'phân bón vi sinh'],
		communeCode: 'NB029',
		kind: 'INVENTION',
		applicationNumber: '1-2017-02256',
		applicationDate: '2017-05-22',
		grantNumber: '1-0025418',
		grantDate: '2020-08-12',
		ipcClasses: ['C05F 11/08', 'C05F 17/20', 'C12N 1/14'],
		inventors: ['Lê Văn Hòa', 'Trần Thị Ngọc Ánh', 'Vũ Đức Thịnh'],
		owners: ['Công ty TNHH Phân bón hữu cơ vi sinh Lý Nhân'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến chế phẩm sinh học phân giải phụ phẩm cây trồng chứa nấm Trichoderma asperellum TL-08 và xạ khuẩn Streptomyces sp. LN-15, mỗi chủng có mật độ tối thiểu 10⁸ bào tử/g, trên chất mang than bùn đã khử trùng. Chế phẩm được pha với nước và phun lên rơm rạ sau thu hoạch lúa, làm giảm 70 % khối lượng rơm sau 20 ngày và không gây ngộ độc hữu cơ cho cây trồng vụ sau.',
		claimsSummary:
			'Điểm 1 bảo hộ chế phẩm gồm hai chủng vi sinh vật đã lưu giữ với tỷ lệ bào tử 1:1 đến 1:2; điểm 4 bảo hộ phương pháp sử dụng chế phẩm để xử lý rơm rạ tại ruộng.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Hệ thống xử lý nước thải dệt nhuộm kết hợp keo tụ điện hóa và oxy hóa ozone xúc tác',
		summary: 'Sáng chế về tổ hợp thiết bị xử lý màu và COD khó phân hủy trong nước thải dệt nhuộm, sẵn sàng li-xăng.',
		description: `Hệ thống được bảo hộ gồm bể keo tụ điện hóa điện cực sắt đảo chiều tự động và tháp ozone có lớp xúc tác MnO2 trên chất mang gốm.

- Đảo chiều dòng điện chống thụ động hóa điện cực
- Xúc tác tăng hiệu suất sử dụng ozone thêm 30 %
- Đã kiểm chứng tại trạm pilot 50 m³/ngày`,
		fields: ['environment', 'textile-garment'],
		keywords: ['sáng chế', 'xử lý nước thải', 'keo tụ điện hóa', 'ozone xúc tác'],
		communeCode: 'NB003',
		kind: 'INVENTION',
		applicationNumber: '1-2020-01874',
		applicationDate: '2020-03-30',
		grantNumber: '1-0034810',
		grantDate: '2023-02-15',
		ipcClasses: ['C02F 9/00', 'C02F 1/463', 'C02F 1/78', 'C02F 103/30'],
		inventors: ['Hoàng Văn Tuấn', 'Đinh Thị Lan', 'Nguyễn Quang Huy', 'Phạm Đức Mạnh'],
		owners: ['Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến hệ thống xử lý nước thải dệt nhuộm bao gồm: bể điều hòa; bể keo tụ điện hóa có các điện cực sắt song song được cấp dòng một chiều đảo chiều theo chu kỳ 10–30 phút; bể lắng; bể sinh học hiếu khí và tháp oxy hóa chứa lớp xúc tác mangan dioxit trên chất mang gốm xốp được sục khí ozone. Hệ thống cho phép giảm độ màu trên 95 % và COD xuống dưới 75 mg/l.',
		claimsSummary:
			'Điểm 1 bảo hộ hệ thống có bể keo tụ điện hóa với bộ đảo chiều dòng tự động đặt trước tháp ozone xúc tác; các điểm phụ thuộc bảo hộ cấu tạo lớp xúc tác và mật độ dòng điện vận hành.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'duoc-lieu-cuc-phuong',
		title: 'Quy trình chiết xuất và chuẩn hóa cao giảo cổ lam giàu gypenosid',
		summary: 'Sáng chế quy trình chiết ngược dòng và tinh chế cao giảo cổ lam, áp dụng tại nhà máy GMP của doanh nghiệp.',
		description: `Quy trình là cơ sở cho dòng sản phẩm trà và viên nang giảo cổ lam của doanh nghiệp.

- Chiết ngược dòng liên tục bằng ethanol 70 %
- Tinh chế qua cột nhựa hấp phụ macroporous
- Chuẩn hóa saponin toàn phần trên 20 %

Doanh nghiệp tự khai thác, có thể li-xăng cho đối tác ngoài nước.`,
		fields: ['health-pharma', 'biotechnology'],
		keywords: ['sáng chế', 'giảo cổ lam', 'gypenosid', 'chiết xuất'],
		communeCode: 'NB019',
		kind: 'INVENTION',
		applicationNumber: '1-2018-05632',
		applicationDate: '2018-12-11',
		grantNumber: '1-0029904',
		grantDate: '2021-09-27',
		ipcClasses: ['A61K 36/42', 'A61P 3/06', 'B01D 11/02'],
		inventors: ['Ngô Thị Thanh Hương', 'Đặng Văn Lợi', 'Trịnh Minh Đức'],
		owners: ['Công ty Cổ phần Dược liệu Cúc Phương Xanh'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến quy trình sản xuất cao khô giảo cổ lam (Gynostemma pentaphyllum) gồm các bước: chiết ngược dòng dược liệu đã nghiền bằng ethanol 70 % ở 60 °C; cô chân không dịch chiết; tinh chế qua cột nhựa hấp phụ, rửa giải bằng ethanol 60 %; cô đặc và sấy phun với chất mang maltodextrin. Cao thu được có hàm lượng saponin toàn phần không dưới 20 % tính theo gypenosid.',
		claimsSummary:
			'Điểm 1 bảo hộ quy trình với bước tinh chế qua nhựa hấp phụ trước khi sấy phun; điểm 3 bảo hộ tỷ lệ dung môi/dược liệu 8:1 đến 10:1 và số bậc chiết ngược dòng.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'vien-det-may',
		title: 'Phương pháp nhuộm vật liệu polyeste trong CO2 siêu tới hạn và thiết bị thực hiện phương pháp',
		summary: 'Đơn đăng ký sáng chế đang thẩm định nội dung về quy trình và thiết bị nhuộm không dùng nước.',
		description: `Đơn bảo hộ công nghệ nhuộm vải polyester trong CO2 siêu tới hạn của Viện.

- Thiết bị nhuộm dạng trục cuộn có bơm tuần hoàn CO2 hai chiều
- Bộ tách thuốc nhuộm dư và thu hồi CO2 trên 90 %
- Đã được chấp nhận hợp lệ, đang chờ kết quả thẩm định nội dung`,
		fields: ['textile-garment', 'environment'],
		keywords: ['đơn sáng chế', 'nhuộm không nước', 'co2 siêu tới hạn', 'polyester'],
		communeCode: 'NB010',
		kind: 'INVENTION',
		applicationNumber: '1-2024-02718',
		applicationDate: '2024-05-08',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['D06P 1/94', 'D06P 3/54', 'D06B 23/20'],
		inventors: ['Nguyễn Văn Thắng', 'Lê Thị Hải Yến', 'Trần Đức Anh'],
		owners: ['Viện Nghiên cứu Công nghệ Dệt may Thành Nam'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến phương pháp nhuộm vật liệu dệt polyeste bằng thuốc nhuộm phân tán trong môi trường CO2 siêu tới hạn ở 110–130 °C và 220–280 bar, trong đó dòng CO2 mang thuốc nhuộm được đảo chiều tuần hoàn qua trục cuộn vải theo chu kỳ để tăng độ đều màu, và thiết bị thực hiện phương pháp gồm nồi nhuộm, bình hòa tan thuốc nhuộm, bơm tuần hoàn hai chiều, bình tách và máy nén thu hồi CO2.',
		claimsSummary:
			'Yêu cầu bảo hộ gồm 9 điểm: phương pháp nhuộm có bước đảo chiều dòng CO2 và thiết bị có bơm tuần hoàn hai chiều gắn với bình tách thuốc nhuộm dư.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Hệ thống giám sát và điều khiển oxy hòa tan ao nuôi thủy sản dùng cảm biến quang và mạng không dây',
		summary: 'Đơn sáng chế về trạm đo nổi tự cấp năng lượng và thuật toán điều khiển quạt nước theo ngưỡng oxy dự báo.',
		description: `Đơn bảo hộ giải pháp kỹ thuật của hệ thống IoT giám sát ao nuôi do Trường phát triển.

- Trạm đo nổi tự cân bằng, tự làm sạch đầu đo
- Thuật toán dự báo oxy hòa tan 2 giờ tới để bật quạt sớm
- Truyền thông LoRa/4G dự phòng

Trường đang đàm phán li-xăng độc quyền với một doanh nghiệp thiết bị thủy sản.`,
		fields: ['aquaculture', 'electrical-electronics', 'automation'],
		keywords: ['đơn sáng chế', 'iot', 'oxy hòa tan', 'ao nuôi'],
		communeCode: 'NB009',
		kind: 'INVENTION',
		applicationNumber: '1-2025-01466',
		applicationDate: '2025-03-05',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['A01K 63/04', 'G01N 33/18', 'G08C 17/02'],
		inventors: ['Vũ Minh Tuấn', 'Trần Thị Hồng Nhung', 'Đoàn Văn Hiếu'],
		owners: ['Trường Đại học Sư phạm Kỹ thuật Nam Định'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến hệ thống giám sát chất lượng nước ao nuôi gồm trạm đo nổi có cảm biến oxy hòa tan kiểu huỳnh quang, cảm biến pH, nhiệt độ, độ mặn, tấm pin mặt trời và bộ chổi làm sạch đầu đo tự động; bộ điều khiển trung tâm nhận dữ liệu qua mạng không dây và sử dụng mô hình dự báo nồng độ oxy hòa tan để điều khiển bật tắt các thiết bị sục khí trước khi nồng độ oxy xuống dưới ngưỡng an toàn.',
		claimsSummary:
			'Yêu cầu bảo hộ trạm đo nổi có cơ cấu làm sạch đầu đo và phương pháp điều khiển sục khí dựa trên giá trị oxy hòa tan dự báo thay vì giá trị tức thời.',
		commercialisationStatus: 'UNDER_NEGOTIATION',
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Phương pháp kiểm tra mối hàn linh kiện trên bo mạch in bằng mạng nơ-ron tích chập',
		summary: 'Đơn sáng chế về phương pháp kiểm tra quang học tự động dùng trí tuệ nhân tạo, giảm báo lỗi giả.',
		description: `Phương pháp là lõi của hệ thống AOI ứng dụng học sâu do doanh nghiệp tự phát triển.

- Chụp ảnh mối hàn dưới ba góc chiếu sáng màu
- Mạng nơ-ron tích chập hai nhánh phân loại lỗi
- Cơ chế tự học từ xác nhận của người vận hành`,
		fields: ['electrical-electronics', 'it-digital'],
		keywords: ['đơn sáng chế', 'trí tuệ nhân tạo', 'kiểm tra bo mạch', 'aoi'],
		communeCode: 'NB016',
		kind: 'INVENTION',
		applicationNumber: '1-2024-04105',
		applicationDate: '2024-07-30',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['G06T 7/00', 'G01N 21/956', 'G06N 3/08'],
		inventors: ['Phạm Quốc Khánh', 'Nguyễn Thị Mai Phương', 'Lưu Văn Trọng'],
		owners: ['Công ty TNHH Điện tử Đồng Văn'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến phương pháp kiểm tra mối hàn trên bo mạch in gồm: thu ảnh vùng mối hàn dưới ba nguồn sáng đỏ, lục, lam chiếu ở các góc khác nhau; chuẩn hóa và ghép ảnh thành tenxơ nhiều kênh; đưa vào mạng nơ-ron tích chập hai nhánh, một nhánh học đặc trưng hình học và một nhánh học đặc trưng phản xạ; hợp nhất đặc trưng để phân loại mối hàn thành đạt hoặc một trong sáu dạng lỗi; và cập nhật mô hình bằng các mẫu được người vận hành xác nhận.',
		claimsSummary:
			'Yêu cầu bảo hộ phương pháp với bước ghép ảnh ba góc chiếu sáng thành tenxơ đầu vào và kiến trúc mạng hai nhánh hợp nhất đặc trưng.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'khoang-san-ba-sao',
		title: 'Phụ gia khoáng từ bột đá vôi thải cho bê tông và phương pháp sản xuất',
		summary: 'Đơn sáng chế về phụ gia khoáng từ bột đá thải của dây chuyền nghiền sàng đá vôi.',
		description: `Đơn bảo hộ phương pháp phân loại khí động, nghiền bổ sung và phối trộn chất trợ nghiền để biến bột đá thải thành phụ gia bê tông.

- Độ mịn Blaine 4.000–4.500 cm²/g
- Thay thế 10–15 % xi măng không giảm cường độ
- Tận dụng nguồn phế thải gây bụi của mỏ đá`,
		fields: ['materials', 'construction', 'environment'],
		keywords: ['đơn sáng chế', 'bột đá', 'phụ gia khoáng', 'bê tông'],
		communeCode: 'NB017',
		kind: 'INVENTION',
		applicationNumber: '1-2025-00932',
		applicationDate: '2025-02-11',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['C04B 14/28', 'C04B 18/04', 'C04B 28/04'],
		inventors: ['Đinh Văn Hùng', 'Lê Thị Thu Hà', 'Nguyễn Hữu Phúc'],
		owners: ['Công ty Cổ phần Khoáng sản và Vật liệu Ba Sao'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến phụ gia khoáng cho bê tông được sản xuất từ bột đá vôi thu hồi tại hệ thống lọc bụi và hồ lắng của dây chuyền nghiền sàng đá, có hàm lượng CaCO3 không nhỏ hơn 95 %, và phương pháp sản xuất gồm các bước phân loại khí động loại bỏ hạt sét, sấy đến độ ẩm dưới 1 %, nghiền bi có bổ sung 0,03 % chất trợ nghiền gốc triethanolamin đến độ mịn Blaine 4.000–4.500 cm²/g.',
		claimsSummary:
			'Yêu cầu bảo hộ thành phần phụ gia và phương pháp sản xuất với bước phân loại khí động trước khi nghiền; điểm phụ thuộc bảo hộ tỷ lệ thay thế xi măng 10–15 %.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Phương pháp phát hiện lỗi vải bằng camera quét dòng và mạng nơ-ron phân đoạn ảnh',
		summary: 'Đơn sáng chế về phương pháp phát hiện và phân loại lỗi vải tự động trên máy kiểm vải.',
		description: `Đơn bảo hộ giải pháp phần lõi của hệ thống kiểm vải ứng dụng AI của Trường.

- Ghép ảnh quét dòng theo tín hiệu bộ mã hóa tốc độ
- Mạng phân đoạn ảnh nhẹ chạy trên máy tính biên
- Tự động chấm điểm cuộn vải theo hệ 4 điểm`,
		fields: ['textile-garment', 'it-digital', 'automation'],
		keywords: ['đơn sáng chế', 'lỗi vải', 'thị giác máy', 'trí tuệ nhân tạo'],
		communeCode: 'NB008',
		kind: 'INVENTION',
		applicationNumber: '1-2023-05571',
		applicationDate: '2023-08-17',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['G01N 21/898', 'G06T 7/00', 'G06N 3/045'],
		inventors: ['Trịnh Thị Thu Hiền', 'Mai Văn Sơn', 'Nguyễn Đức Long'],
		owners: ['Trường Đại học Kinh tế - Kỹ thuật Công nghiệp'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến phương pháp phát hiện lỗi vải trong quá trình kiểm vải, gồm: thu ảnh bề mặt vải bằng camera quét dòng đồng bộ với bộ mã hóa tốc độ; chia ảnh thành các ô chồng lấn; phân đoạn vùng lỗi bằng mạng nơ-ron tích chập kiểu mã hóa - giải mã đã được lượng tử hóa để chạy trên thiết bị biên; phân loại lỗi theo hình dạng và kích thước; và quy đổi thành điểm phạt theo hệ 4 điểm để xếp loại cuộn vải.',
		claimsSummary:
			'Yêu cầu bảo hộ phương pháp với bước đồng bộ ảnh theo bộ mã hóa và bước quy đổi kết quả phân đoạn thành điểm phạt; các điểm phụ thuộc mô tả cấu trúc mạng và huấn luyện tăng cường dữ liệu.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'vien-det-may',
		title: 'Phương pháp xử lý chống nhàu vải bông bằng axit polycacboxylic không chứa formaldehyt',
		summary: 'Sáng chế đã hết hiệu lực do không duy trì, giải pháp có thể được sử dụng tự do; Viện cung cấp tư vấn áp dụng.',
		description: `Sáng chế được cấp năm 2011, đã chấm dứt hiệu lực do không nộp phí duy trì từ năm thứ 9.

- Xử lý chống nhàu bằng axit xitric kết hợp xúc tác natri hypophosphit
- Không phát thải formaldehyt, phù hợp hàng trẻ em
- Viện có thể hỗ trợ kỹ thuật áp dụng cho máy văng sấy hiện có`,
		fields: ['textile-garment', 'materials'],
		keywords: ['sáng chế hết hiệu lực', 'chống nhàu', 'không formaldehyt', 'vải bông'],
		communeCode: 'NB010',
		kind: 'INVENTION',
		applicationNumber: '1-2008-01234',
		applicationDate: '2008-05-20',
		grantNumber: '1-0009876',
		grantDate: '2011-11-15',
		ipcClasses: ['D06M 13/192', 'D06M 101/06'],
		inventors: ['Phạm Văn Lâm', 'Trần Thị Minh Huệ'],
		owners: ['Viện Nghiên cứu Công nghệ Dệt may Thành Nam'],
		legalStatus: 'LAPSED',
		abstract:
			'Sáng chế đề cập đến phương pháp xử lý chống nhàu cho vải bông gồm ngấm ép vải trong dung dịch chứa 6–8 % axit xitric, 3–4 % natri hypophosphit làm xúc tác và chất làm mềm silicon, sấy ở 100 °C và đóng rắn ở 170–180 °C trong 90 giây. Vải sau xử lý đạt độ hồi nhàu trên 240° mà không phát sinh formaldehyt tự do.',
		claimsSummary:
			'Điểm 1 bảo hộ phương pháp dùng axit xitric và natri hypophosphit với tỷ lệ mol xác định; điểm 2 bảo hộ chế độ đóng rắn.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Cặp mồi phân tử và phương pháp xác định locus chịu mặn Saltol ở lúa',
		summary: 'Sáng chế về bộ chỉ thị phân tử giúp chọn giống lúa chịu mặn nhanh và chính xác hơn, sẵn sàng li-xăng cho đơn vị chọn tạo giống.',
		description: `Bộ chỉ thị được dùng trong chương trình chọn tạo giống lúa tám thơm chịu mặn của Viện.

- Phát hiện alen chịu mặn tại locus Saltol trên nhiễm sắc thể số 1
- Rút ngắn thời gian chọn lọc từ 8 xuống 5 thế hệ
- Phù hợp phòng thí nghiệm sinh học phân tử có máy PCR thông thường`,
		fields: ['agriculture', 'biotechnology'],
		keywords: ['sáng chế', 'chỉ thị phân tử', 'lúa chịu mặn', 'chọn giống'],
		communeCode: 'NB023',
		kind: 'INVENTION',
		applicationNumber: '1-2019-04410',
		applicationDate: '2019-09-24',
		grantNumber: '1-0033127',
		grantDate: '2022-09-19',
		ipcClasses: ['C12Q 1/6895', 'C12N 15/11', 'A01H 1/04'],
		inventors: ['Lê Hữu Lịch', 'Vũ Thị Thu Hiền', 'Nguyễn Văn Khải'],
		owners: ['Viện Nghiên cứu Cây trồng và Nông nghiệp công nghệ cao Đồng bằng sông Hồng'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến ba cặp mồi đặc hiệu khuếch đại các đoạn trình tự liên kết chặt với locus Saltol và phương pháp xác định kiểu gen chịu mặn ở lúa gồm tách chiết ADN từ lá mạ, phản ứng PCR đa mồi và điện di phân tích sản phẩm. Phương pháp cho phép sàng lọc cá thể mang alen chịu mặn ngay ở giai đoạn mạ với độ chính xác trên 95 % so với đánh giá kiểu hình.',
		claimsSummary:
			'Điểm 1 bảo hộ bộ ba cặp mồi có trình tự nêu tại danh mục trình tự; điểm 3 bảo hộ phương pháp PCR đa mồi sử dụng bộ mồi này.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'ttud',
		title: 'Phương pháp nuôi trồng nấm Cordyceps militaris trên giá thể bổ sung nhộng tằm và chiếu sáng LED theo chu kỳ',
		summary: 'Sáng chế về quy trình nuôi trồng đông trùng hạ thảo đạt hàm lượng cordycepin cao, đã li-xăng cho nhiều cơ sở trong tỉnh.',
		description: `Sáng chế là cơ sở kỹ thuật cho các hợp đồng chuyển giao quy trình nuôi trồng đông trùng hạ thảo của Trung tâm.

- Giá thể gạo lứt bổ sung 10–15 % bột nhộng tằm
- Chiếu sáng LED xanh lam - trắng theo chu kỳ 12/12 giờ
- Hàm lượng cordycepin 2–3 mg/g quả thể khô

Đã li-xăng không độc quyền cho 7 cơ sở sản xuất.`,
		fields: ['biotechnology', 'health-pharma', 'agriculture'],
		keywords: ['sáng chế', 'đông trùng hạ thảo', 'cordycepin', 'nấm dược liệu'],
		communeCode: 'NB008',
		kind: 'INVENTION',
		applicationNumber: '1-2017-03385',
		applicationDate: '2017-07-18',
		grantNumber: '1-0026095',
		grantDate: '2020-11-02',
		ipcClasses: ['A01G 18/20', 'A01G 18/60', 'C12N 1/14'],
		inventors: ['Phạm Thị Hồng Nhung', 'Trần Văn Quyết', 'Đỗ Thị Thanh Xuân'],
		owners: ['Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Ninh Bình'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến phương pháp nuôi trồng quả thể nấm Cordyceps militaris gồm: chuẩn bị giá thể từ gạo lứt và bột nhộng tằm với tỷ lệ 85:15, bổ sung dịch dinh dưỡng; hấp tiệt trùng; cấy giống lỏng; ủ tối 10 ngày ở 20 °C; chiếu sáng bằng đèn LED phổ xanh lam kết hợp trắng với chu kỳ 12 giờ sáng - 12 giờ tối cho đến khi thu hoạch. Quả thể đạt hàm lượng cordycepin 2–3 mg/g khô.',
		claimsSummary:
			'Điểm 1 bảo hộ phương pháp với thành phần giá thể chứa bột nhộng tằm và chế độ chiếu sáng LED theo chu kỳ; các điểm phụ thuộc xác định bước sóng và cường độ chiếu sáng.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Chế phẩm vi sinh chịu nhiệt dùng để ủ phân compost từ rác thải hữu cơ',
		summary: 'Sáng chế về tổ hợp vi khuẩn và xạ khuẩn ưa nhiệt rút ngắn thời gian ủ compost, đã li-xăng cho đơn vị xử lý rác.',
		description: `Chế phẩm được dùng trong công nghệ ủ compost nhanh của Viện.

- Năm chủng vi sinh vật ưa nhiệt phân lập trong tỉnh
- Đống ủ đạt 60 °C sau 48 giờ, hoàn thành sau 21–25 ngày
- Không phát sinh mùi hôi

Đã li-xăng cho hai khu xử lý chất thải cấp xã.`,
		fields: ['environment', 'biotechnology'],
		keywords: ['sáng chế', 'compost', 'vi sinh vật ưa nhiệt', 'rác hữu cơ'],
		communeCode: 'NB003',
		kind: 'INVENTION',
		applicationNumber: '1-2016-02871',
		applicationDate: '2016-08-09',
		grantNumber: '1-0022347',
		grantDate: '2019-10-11',
		ipcClasses: ['C05F 17/20', 'C05F 9/04', 'C12N 1/20'],
		inventors: ['Đinh Thị Lan', 'Hoàng Văn Tuấn', 'Bùi Thị Kim Oanh'],
		owners: ['Viện Công nghệ Môi trường và Năng lượng tái tạo Hoa Lư'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến chế phẩm vi sinh dùng để xử lý rác thải hữu cơ gồm các chủng Bacillus stearothermophilus, Bacillus licheniformis, Thermoactinomyces vulgaris, Streptomyces thermovulgaris và Aspergillus fumigatus không sinh độc tố, có khả năng sinh trưởng ở 50–65 °C. Chế phẩm được bổ sung vào đống ủ với tỷ lệ 1 kg/tấn rác, rút ngắn thời gian ủ hiếu khí xuống 21–25 ngày.',
		claimsSummary:
			'Điểm 1 bảo hộ chế phẩm chứa tổ hợp năm chủng vi sinh vật ưa nhiệt đã lưu giữ; điểm 4 bảo hộ phương pháp ủ sử dụng chế phẩm với chế độ thổi khí cưỡng bức.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'giong-thuy-san-kim-son',
		title: 'Phương pháp tuyển chọn tôm thẻ chân trắng bố mẹ có khả năng kháng bệnh hoại tử gan tụy cấp',
		summary: 'Sáng chế kết hợp thử thách cảm nhiễm có kiểm soát và chỉ thị phân tử để chọn đàn tôm bố mẹ kháng AHPND, doanh nghiệp tự áp dụng.',
		description: `Phương pháp được áp dụng tại trại giống của doanh nghiệp để duy trì đàn tôm bố mẹ gia hóa.

- Thử thách cảm nhiễm ở liều bán gây chết trên anh em ruột
- Sàng lọc chỉ thị phân tử liên kết tính kháng
- Tỷ lệ sống của tôm post khi cảm nhiễm tăng 25–30 %`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['sáng chế', 'tôm bố mẹ', 'kháng bệnh', 'hoại tử gan tụy cấp'],
		communeCode: 'NB021',
		kind: 'INVENTION',
		applicationNumber: '1-2020-03519',
		applicationDate: '2020-06-29',
		grantNumber: '1-0036218',
		grantDate: '2023-07-24',
		ipcClasses: ['A01K 61/59', 'C12Q 1/689', 'C12Q 1/6888'],
		inventors: ['Nguyễn Văn Hậu', 'Trần Thị Bích Ngọc', 'Đặng Quốc Việt'],
		owners: ['Công ty Cổ phần Giống thủy sản Kim Sơn'],
		legalStatus: 'GRANTED',
		abstract:
			'Sáng chế đề cập đến phương pháp tuyển chọn tôm thẻ chân trắng (Litopenaeus vannamei) bố mẹ có khả năng kháng bệnh hoại tử gan tụy cấp, gồm các bước: lập các gia đình full-sib; thử thách cảm nhiễm một phần cá thể mỗi gia đình với vi khuẩn Vibrio parahaemolyticus mang độc tố PirAB ở liều LD50; xác định chỉ thị SNP liên kết tính kháng trên các cá thể còn lại; và chọn cá thể làm bố mẹ theo giá trị giống ước tính kết hợp kiểu gen.',
		claimsSummary:
			'Điểm 1 bảo hộ phương pháp chọn lọc kết hợp thử thách cảm nhiễm trên anh em ruột và sàng lọc chỉ thị SNP trên cá thể ứng viên.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Phương pháp điều chế than hoạt tính biến tính nhóm amin từ vỏ trấu để hấp phụ kim loại nặng',
		summary: 'Đơn sáng chế về vật liệu hấp phụ giá rẻ từ phụ phẩm lúa gạo, kết quả ở quy mô phòng thí nghiệm.',
		description: `Đơn bảo hộ kết quả nghiên cứu của nhóm hóa học môi trường của Trường.

- Than hóa - hoạt hóa KOH vỏ trấu, gắn nhóm amin bằng polyetylenimin
- Dung lượng hấp phụ chì 180 mg/g
- Nhóm tác giả tìm đối tác thử nghiệm quy mô pilot`,
		fields: ['environment', 'materials'],
		keywords: ['đơn sáng chế', 'than hoạt tính', 'vỏ trấu', 'kim loại nặng'],
		communeCode: 'NB001',
		kind: 'INVENTION',
		applicationNumber: '1-2025-02214',
		applicationDate: '2025-04-16',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['B01J 20/20', 'C01B 32/342', 'C02F 1/28'],
		inventors: ['Đỗ Thị Thu Hà', 'Trần Văn Nghĩa'],
		owners: ['Trường Đại học Hoa Lư'],
		legalStatus: 'PENDING',
		abstract:
			'Sáng chế đề cập đến phương pháp điều chế vật liệu hấp phụ từ vỏ trấu gồm: than hóa vỏ trấu ở 500 °C trong môi trường nitơ; hoạt hóa bằng KOH với tỷ lệ khối lượng 1:3 ở 750 °C; rửa trung tính; và biến tính bề mặt bằng dung dịch polyetylenimin. Vật liệu có diện tích bề mặt riêng 1.100–1.300 m²/g, hấp phụ hiệu quả ion chì, cadimi và crom(VI) trong nước thải và tái sinh được bằng dung dịch axit loãng.',
		claimsSummary:
			'Yêu cầu bảo hộ phương pháp điều chế với bước biến tính polyetylenimin sau hoạt hóa KOH và vật liệu hấp phụ thu được.',
		commercialisationStatus: 'AVAILABLE',
	},
]
